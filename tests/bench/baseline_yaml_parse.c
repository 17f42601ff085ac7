/* Baseline for deck loading: read the file and run libyaml's event parser
 * over it, doing nothing with the events. The deck loader cannot be
 * faster than this; the benchmark reports how much it adds. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: baseline_yaml_parse FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    if (fseek(f, 0, SEEK_END) != 0) {
        fclose(f);
        return 1;
    }
    long size = ftell(f);
    rewind(f);
    unsigned char *data = malloc((size_t)size + 1);
    if (!data || size < 0 || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(data);
        return 1;
    }
    fclose(f);
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return 1;
    yaml_parser_set_input_string(&parser, data, (size_t)size);
    long events = 0;
    int done = 0;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s: parse error\n", argv[1]);
            yaml_parser_delete(&parser);
            free(data);
            return 1;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    free(data);
    printf("%ld events\n", events);
    return 0;
}

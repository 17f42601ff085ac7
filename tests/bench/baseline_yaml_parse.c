/* Baseline for reading YAML files: read each file and run libyaml's event
 * parser over it, doing nothing with the events. The deck loader, --class
 * and --history cannot be faster than this; the benchmark reports how
 * much they add. Usage: baseline_yaml_parse FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* The events in one file, or -1 when it cannot be read or parsed. */
static long parse_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    long size = -1;
    if (fseek(f, 0, SEEK_END) == 0)
        size = ftell(f);
    unsigned char *data = size >= 0 ? malloc((size_t)size + 1) : NULL;
    rewind(f);
    if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(data);
        return -1;
    }
    fclose(f);
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        free(data);
        return -1;
    }
    yaml_parser_set_input_string(&parser, data, (size_t)size);
    long events = 0;
    int done = 0;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s: parse error\n", path);
            events = -1;
            break;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        events++;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    free(data);
    return events;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: baseline_yaml_parse FILE...\n");
        return 2;
    }
    long events = 0;
    for (int i = 1; i < argc; i++) {
        long n = parse_file(argv[i]);
        if (n < 0)
            return 1;
        events += n;
    }
    printf("%ld events\n", events);
    return 0;
}

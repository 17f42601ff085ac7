/* web_page: see web_page.h. The JavaScript is here, beside the C that
 * calls it; the page's own part (options, storage, one tab) is in
 * game/platform/web/pre.js. */
#include "web_page.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <stdlib.h>

#include "params.h"

#define WEB_PAGE_MAX_PAIRS 32

/* The address's query, decoded: the number of pairs, then each name and
 * value (NULL for a bare name) as a new string. */
EM_JS(int, web_page_pair_count, (void), {
    Module["queryPairs"] = [];
    new URLSearchParams(location.search).forEach(function(value, name) {
        Module["queryPairs"].push([name, value]);
    });
    return Module["queryPairs"].length;
});

EM_JS(char *, web_page_pair_text, (int index, int part), {
    var text = Module["queryPairs"][index][part];
    if (part === 1 && text === "")
        return 0;
    var size = lengthBytesUTF8(text) + 1;
    var out = _malloc(size);
    if (out)
        stringToUTF8(text, out, size);
    return out;
});

int web_page_options(cli_options *o, FILE *err)
{
    /* kept for the program's life: the options point into them */
    static params_pair pairs[WEB_PAGE_MAX_PAIRS];
    int n = web_page_pair_count();
    if (n > WEB_PAGE_MAX_PAIRS)
        return params_usage_error(err, "the page's address has too many "
                                  "options", "");
    for (int i = 0; i < n; i++) {
        pairs[i].name = web_page_pair_text(i, 0);
        pairs[i].value = web_page_pair_text(i, 1);
        if (pairs[i].name == NULL)
            return params_usage_error(err, "out of memory", "");
    }
    return params_parse_pairs(o, pairs, (size_t)n, err);
}

EM_JS(void, web_page_playing, (void), {
    if (Module["alliantiespelPlaying"])
        Module["alliantiespelPlaying"]();
});

EM_JS(void, web_page_presented, (unsigned long frames), {
    Module["alliantiespelFrames"] = frames;
});

EM_JS(void, web_page_closed, (int code), {
    if (Module["alliantiespelClosed"])
        Module["alliantiespelClosed"](code);
});

EM_JS(int, web_page_download_js, (const char *path, const char *name,
                                  const char *type), {
    var data;
    try {
        data = FS.readFile(UTF8ToString(path));
    } catch (e) {
        return 0;
    }
    /* a blob: address is this page's own memory: nothing is sent */
    var url = URL.createObjectURL(new Blob([data],
                                           {type: UTF8ToString(type)}));
    var link = document.createElement("a");
    link.href = url;
    link.download = UTF8ToString(name);
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    setTimeout(function() {
        URL.revokeObjectURL(url);
        link.remove();
    }, 10000);
    return 1;
});

bool web_page_download(const char *path, const char *name, const char *type)
{
    return web_page_download_js(path, name, type) != 0;
}

double web_page_since_load_ms(void)
{
    return emscripten_get_now(); /* performance.now(): from navigation */
}
#endif

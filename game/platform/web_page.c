/* web_page: see web_page.h. The JavaScript is here, beside the C that
 * calls it; the page's own part (options, storage, one tab) is in
 * game/platform/web/pre.js. */
#include "web_page.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

EM_JS(void, web_page_playing, (void), {
    if (Module["alliantiespelPlaying"])
        Module["alliantiespelPlaying"]();
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

/* The page's part of the browser build, run before the program (linked in
 * by game/platform/web/web.cmake):
 *  - (the options come from the page's address: web_page.c reads it);
 *  - one tab plays at a time (a second one says so and waits);
 *  - the user's folder (/home/web_user) is kept in the browser's storage
 *    (IndexedDB): read before the program starts, written after each file
 *    the program places or removes (os_posix.c calls alliantiespelPersist),
 *    and when the tab is hidden or closed;
 *  - what the program writes before its window shows (an unknown option,
 *    --help, a deck that cannot be read) is shown on the page.
 * Nothing here, and nothing in the program, reaches the network. */
(function () {
  'use strict';
  var english = /(^|[?&])lang=en(&|$)/.test(location.search);
  var words = function (nl, en) { return english ? en : nl; };
  var box = document.getElementById('message');
  var loading = document.getElementById('loading');
  var said = [];

  /* a message over the game, with a button that closes it (or another) */
  function show(text, button, action) {
    if (!box) return;
    box.textContent = text;
    var b = document.createElement('button');
    b.textContent = button || words('Sluiten', 'Close');
    b.onclick = action || function () { box.style.display = 'none'; };
    box.appendChild(document.createElement('br'));
    box.appendChild(b);
    box.style.display = 'block';
    b.focus();
  }

  Module['canvas'] = document.getElementById('canvas');
  Module['print'] = function (line) {
    console.log(line);
    said.push(line);
  };
  Module['printErr'] = function (line) {
    console.warn(line);
    said.push(line);
  };

  /* the program calls this once its window is up and the game runs */
  Module['alliantiespelPlaying'] = function () {
    Module['alliantiespelRunning'] = true;
    if (loading) loading.remove();
  };
  Module['alliantiespelClosed'] = function (code) {
    Module['alliantiespelRunning'] = false;
    Module['alliantiespelExit'] = code;
    Module['alliantiespelPersist']();
    Module['canvas'].style.visibility = 'hidden';
    show(words('Het spel is gesloten. Wat gespeeld is, is bewaard in deze browser.',
               'The game is closed. What was played is kept in this browser.'),
         words('Opnieuw beginnen', 'Start again'),
         function () { location.reload(); });
  };

  /* the user's folder into and out of the browser's storage */
  var home = '/home/web_user';
  /* a copy can fail when a file goes while it is read (a download's
   * file is made and removed at once): tried again, told only when three
   * copies in a row fail */
  var busy = false, again = false, broken = false, failed = 0;
  Module['alliantiespelStored'] = 0; /* copies finished (for the tests) */
  Module['alliantiespelPersist'] = function () {
    if (broken) return;
    if (busy) { again = true; return; }
    busy = true;
    FS.syncfs(false, function (err) {
      busy = false;
      if (err && ++failed < 3) {
        setTimeout(Module['alliantiespelPersist'], 500);
        return;
      }
      if (err) {
        broken = true;
        show(words('Deze browser bewaart de antwoorden niet (' + err + '). ' +
                   'Download ze op het overzicht voor je het tabblad sluit.',
                   'This browser does not keep the answers (' + err + '). ' +
                   'Download them on the board before you close the tab.'));
        return;
      }
      failed = 0;
      Module['alliantiespelStored']++;
      if (again) { again = false; Module['alliantiespelPersist'](); }
    });
  };
  window.addEventListener('pagehide', function () {
    if (Module['alliantiespelRunning']) Module['alliantiespelPersist']();
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && Module['alliantiespelRunning'])
      Module['alliantiespelPersist']();
  });

  function readStorage() {
    Module['FS'] = FS; /* the page's own files, for its tests */
    addRunDependency('alliantiespel-storage');
    FS.mount(IDBFS, {}, home);
    FS.syncfs(true, function (err) {
      if (err) {
        broken = true;
        show(words('Deze browser kan hier niets bewaren (' + err + '): ' +
                   'de antwoorden gaan verloren als je het tabblad sluit. ' +
                   'Download ze op het overzicht.',
                   'This browser cannot keep anything here (' + err + '): ' +
                   'the answers are lost when the tab is closed. ' +
                   'Download them on the board.'));
      }
      removeRunDependency('alliantiespel-storage');
    });
  }

  Module['preRun'] = Module['preRun'] || [];
  Module['preRun'].push(function () {
    /* two tabs would each copy their own folder over the other's */
    if (!navigator.locks) { readStorage(); return; }
    addRunDependency('alliantiespel-tab');
    navigator.locks.request('alliantiespel', { ifAvailable: true }, function (lock) {
      if (!lock) {
        if (loading) loading.remove();
        show(words('Het spel is al open in een ander tabblad of venster. ' +
                   'Speel daar verder, of sluit dat en laad deze pagina opnieuw.',
                   'The game is already open in another tab or window. ' +
                   'Play on there, or close it and load this page again.'),
             words('Opnieuw proberen', 'Try again'),
             function () { location.reload(); });
        return undefined;
      }
      readStorage();
      removeRunDependency('alliantiespel-tab');
      return new Promise(function () {}); /* held while this page lives */
    });
  });

  /* after main: when the game did not start, what it said is the page */
  Module['postRun'] = Module['postRun'] || [];
  Module['postRun'].push(function () {
    if (Module['alliantiespelRunning']) return;
    if (loading) loading.remove();
    Module['canvas'].style.visibility = 'hidden';
    show(said.join('\n') || words('Het spel kon niet beginnen.',
                                  'The game could not start.'),
         words('Opnieuw beginnen', 'Start again'),
         function () { location.search = ''; });
  });
})();

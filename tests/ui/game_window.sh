# game_window: finds the game's window in an X server and gives it the
# focus, sourced by the tests and benchmarks that press real keys. Under
# load a window another program makes or drops while xdotool looks at
# every window ends xdotool with BadWindow (ctest -j8 saw it once in six
# runs): each look that fails is simply tried again, for up to 20 s.
# Sets win; returns 1 when no window came.
game_window() {
    win=""
    local tries=0
    while [ $tries -lt 100 ]; do
        win=$(xdotool search --onlyvisible --name '^Alliantiespel$' 2>/dev/null | head -1)
        if [ -n "$win" ] && xdotool windowfocus --sync "$win" 2>/dev/null; then
            return 0
        fi
        tries=$((tries + 1))
        sleep 0.2
    done
    [ -n "$win" ] && xdotool windowfocus "$win" 2>/dev/null && return 0
    return 1
}

// The one C header the ncurses backend sees. SwiftPM drops pkg-config's -D flags, so the
// wide-character API is switched on here; macros become inline functions Swift can call.
#ifndef SERVICECENTER_CNCURSESW_SHIM_H
#define SERVICECENTER_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *sc_stdscr(void) { return stdscr; }
static inline int sc_lines(void) { return LINES; }
static inline int sc_cols(void) { return COLS; }
static inline int sc_colors(void) { return COLORS; }
static inline int sc_color_pairs(void) { return COLOR_PAIRS; }
static inline int sc_key_f(int n) { return KEY_F(n); }
static inline int sc_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int sc_getmaxx(WINDOW *w) { return getmaxx(w); }

static inline attr_t sc_attr_normal(void) { return A_NORMAL; }
static inline attr_t sc_attr_bold(void) { return A_BOLD; }
static inline attr_t sc_attr_reverse(void) { return A_REVERSE; }
static inline attr_t sc_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t sc_attr_dim(void) { return A_DIM; }

/// Reads the wide character at (y, x) of `w` into `out` (up to `size` wide chars) and its
/// attributes; used by the headless smoke test to read cells back.
static inline int sc_cell_at(WINDOW *w, int y, int x, wchar_t *out, int size, attr_t *attrs, short *pair) {
    cchar_t cell;
    if (mvwin_wch(w, y, x, &cell) == ERR) return ERR;
    return getcchar(&cell, out, attrs, pair, NULL) == ERR ? ERR : OK;
}

#endif

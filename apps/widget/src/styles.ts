// The widget's one stylesheet, shared by the element (adopted into its shadow root as a
// constructable stylesheet, which a host page's `style-src` does not block) and by the iframe
// page. A string in a module rather than a Svelte <style> block: Svelte would inject a <style>
// element, which a strict Content-Security-Policy refuses.
//
// `.csp` starts from `all: initial` so nothing the host page sets on <csp-crime-table> (font
// size, line height, colour, text transform …) is inherited; only the --csp-* properties are.
// Sizes are in px because a host page's `html { font-size }` would move rem.
//
// Default colours meet WCAG 2.2 AA on white: text #0b0c0c (19.8:1), links and buttons #1d70b8
// (5.2:1), secondary text #505a5f (7.0:1), highlight #fff2a8 behind #0b0c0c (18.3:1), focus
// ring #0b0c0c.
//
// The first column is the area and every other one a figure, so alignment needs no classes;
// the highlighted row is the one marked "(your area)" (`:has`), so colour and text cannot
// disagree.

/**
 * The CSS of `<csp-crime-table>` and of the iframe page (whose root is `.csp` too).
 *
 * @example
 * ```ts
 * `<style>${widgetStyles}</style>` // in the element's shadow root and the iframe page's head
 * ```
 */
export const widgetStyles = `
:host{display:block}
:host([hidden]){display:none}
.csp{all:initial;display:block;font-family:var(--csp-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);font-size:var(--csp-font-size,16px);line-height:1.4;color:var(--csp-text,#0b0c0c);background:var(--csp-background,#fff);text-align:left;overflow-wrap:break-word}
.csp *{box-sizing:border-box}
.csp-title{font-size:1.25em;font-weight:700;line-height:1.25;margin:0 0 .5em}
.csp-scroll{overflow-x:auto}
.csp-table{border-collapse:collapse;border-spacing:0;width:100%;font-variant-numeric:tabular-nums}
.csp-table caption{caption-side:top;text-align:left;margin:0 0 .5em;font-weight:400}
.csp-table th,.csp-table td{padding:.5em .75em .5em 0;border-bottom:1px solid var(--csp-border,#b1b4b6);text-align:left;vertical-align:top;font-weight:400}
.csp-table th:last-child,.csp-table td:last-child{padding-right:0}
.csp-table thead th{font-weight:700;vertical-align:bottom;border-bottom-width:2px}
.csp-table th:not(:first-child),.csp-table td{text-align:right}
.csp-table .csp-group{font-weight:700;padding-top:1em}
.csp-sort{font:inherit;font-weight:700;color:var(--csp-accent,#1d70b8);background:none;border:0;margin:0;padding:0;cursor:pointer;text-align:inherit;text-decoration:underline;text-underline-offset:.15em}
.csp-indicator{display:inline-block;margin-left:.25em;text-decoration:none}
.csp-table tr:has(.csp-you)>*{background:var(--csp-highlight,#fff2a8);font-weight:700}
.csp-you{margin-left:.35em}
.csp a{color:var(--csp-accent,#1d70b8)}
.csp a:focus-visible,.csp-sort:focus-visible{outline:3px solid var(--csp-focus,#0b0c0c);outline-offset:2px}
.csp p{margin:.75em 0 0}
.csp-source,.csp-note{font-size:.875em;color:var(--csp-muted,#505a5f)}
.csp-source a{color:inherit}
.csp-warning,.csp-error{margin:1em 0 0;padding:.25em 0 .25em .75em;border-left:5px solid var(--csp-warning,#d4351c)}
.csp-warning p,.csp-error p{margin:.25em 0}
.csp-warning ul{margin:.25em 0;padding-left:1.25em}
.csp-download{font-weight:700}
.csp-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
.csp-bar{display:block;height:.9em;margin:.2em 0;border-radius:2px;background:var(--csp-skeleton,#e5e6e7)}
.csp-bar-title{height:1.25em;width:40%}
`

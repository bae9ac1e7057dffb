/**
 * Dark mode: html[data-theme] is "light" or "dark", and app/globals.css's `dark` variant keys off it.
 * The user's choice, once they use the toggle, is remembered under THEME_STORAGE_KEY; until then the
 * system setting decides.
 *
 * THEME_SCRIPT runs inline in <head> (app/layout.tsx), before the first paint, so a dark page never
 * flashes white. It is a fixed string with no user data in it, so a Content-Security-Policy can allow
 * it by its hash; change it and that hash changes too.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_SCRIPT = `(function(){var t;try{t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}if(t!=='dark'&&t!=='light')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.setAttribute('data-theme',t)})()`;

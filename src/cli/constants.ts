/** Terminal text is wrapped at the window's width, but never wider than this: long lines tire the eye. */
export const MAX_WIDTH = 100;

/** Where the library page lives in the built extension (its path under the extension's origin). */
export const LIBRARY_PAGE = 'src/ui/library/index.html';

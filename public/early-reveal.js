// Margin: a safety net for early-hide.css. If cleaning has not happened within a few seconds (a slow page,
// an error), show the page as it is rather than leave it blank.
setTimeout(() => document.documentElement.setAttribute('data-margin-ready', ''), 4000);

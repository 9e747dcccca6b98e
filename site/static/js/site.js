// Progressive enhancement only: every page works without JavaScript.

// Remember the language the visitor reads in: the address "/" and the next visit
// open in it (Django's LocaleMiddleware reads this cookie before the browser's
// languages). Set here, not by the server, so cached pages stay the same for all.
(function () {
    var language = document.documentElement.lang;
    if (language) {
        document.cookie = "django_language=" + encodeURIComponent(language) +
            "; path=/; max-age=31536000; samesite=lax";
    }
})();

/* Test-only stand-in for Windows' icuuc.dll (Windows 10 1903+ ships it; Wine 8 does not).
 * Qt6Core imports these converter functions; the stub reports that no converter exists, so
 * Qt falls back to its own UTF-8/UTF-16/Latin-1 codecs. Used by smoke.sh only, never shipped. */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

__declspec(dllexport) void *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

__declspec(dllexport) int ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }

__declspec(dllexport) const char *ucnv_getStandardName(const char *name, const char *std,
                                                       UErrorCode *err)
{
    (void)name; (void)std;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* Never reached without a converter; present so the imports resolve. */
#define NOOP(name) __declspec(dllexport) long long name(void) { return 0; }
NOOP(ucnv_close)
NOOP(ucnv_reset)
NOOP(ucnv_getMaxCharSize)
NOOP(ucnv_getName)
NOOP(ucnv_getToUCallBack)
NOOP(ucnv_getFromUCallBack)
NOOP(ucnv_setToUCallBack)
NOOP(ucnv_setFromUCallBack)
NOOP(ucnv_cbToUWriteUChars)
NOOP(ucnv_cbFromUWriteUChars)
NOOP(ucnv_toUnicode)
NOOP(ucnv_fromUnicode)
NOOP(ucnv_toUCountPending)
NOOP(ucnv_fromUCountPending)
NOOP(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
NOOP(UCNV_TO_U_CALLBACK_SUBSTITUTE)

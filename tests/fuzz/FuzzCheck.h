#pragma once

#include <cstdio>
#include <cstdlib>

#include <QString>

/// A property every input must keep: when it does not, the fuzzer stops with the input
/// saved as a crash (libFuzzer treats abort() as one) and this line says which property.
inline void fuzzCheck(bool holds, const char *property, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", property, qUtf8Printable(detail.left(2000)));
    std::abort();
}

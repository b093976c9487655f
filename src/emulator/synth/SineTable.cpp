#include "emulator/synth/SineTable.h"

#include <array>
#include <cmath>
#include <numbers>

const float* SineTable::table()
{
    static const std::array<float, kSize + 2> values = [] {
        std::array<float, kSize + 2> v {};
        for (int i = 0; i < kSize + 2; ++i)
            v[size_t(i)] = float(std::sin(2.0 * std::numbers::pi * i / kSize));
        return v;
    }();
    return values.data();
}

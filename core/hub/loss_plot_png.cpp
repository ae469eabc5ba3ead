#include "core/hub/loss_plot_png.h"

#include "core/util/crc32.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace falconry {
namespace {

struct Rgb {
    uint8_t r, g, b;
};

class Canvas {
public:
    Canvas(int w, int h) : m_w(w), m_h(h), m_pixels(static_cast<size_t>(w) * h, Rgb{255, 255, 255}) {}
    int width() const { return m_w; }
    int height() const { return m_h; }
    void set(int x, int y, Rgb c)
    {
        if (x >= 0 && y >= 0 && x < m_w && y < m_h)
            m_pixels[static_cast<size_t>(y) * m_w + x] = c;
    }
    void rect(int x0, int y0, int x1, int y1, Rgb c)
    {
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                set(x, y, c);
    }
    /** A line `thickness` pixels wide (DDA over the longer axis). */
    void line(double x0, double y0, double x1, double y1, Rgb c, int thickness)
    {
        const int steps = std::max(1, static_cast<int>(std::ceil(std::max(std::abs(x1 - x0), std::abs(y1 - y0)))));
        for (int i = 0; i <= steps; ++i) {
            const double t = static_cast<double>(i) / steps;
            const int x = static_cast<int>(std::lround(x0 + (x1 - x0) * t));
            const int y = static_cast<int>(std::lround(y0 + (y1 - y0) * t));
            rect(x - thickness / 2, y - thickness / 2, x + (thickness - 1) / 2, y + (thickness - 1) / 2, c);
        }
    }
    /** Text in a 3x5 pixel font, scaled. Digits, '.', '-', and the letters of "step", "loss", "eval". */
    void text(int x, int y, const std::string& s, int scale, Rgb c)
    {
        for (char ch : s) {
            const uint16_t g = glyph(ch);
            for (int row = 0; row < 5; ++row)
                for (int col = 0; col < 3; ++col)
                    if (g & (1u << (14 - (row * 3 + col))))
                        rect(x + col * scale, y + row * scale, x + (col + 1) * scale - 1, y + (row + 1) * scale - 1, c);
            x += 4 * scale;
        }
    }
    static int textWidth(const std::string& s, int scale) { return static_cast<int>(s.size()) * 4 * scale - scale; }

    /** The raw scanlines PNG wants: a filter byte (0) before each row. */
    std::string scanlines() const
    {
        std::string out;
        out.reserve(static_cast<size_t>(m_h) * (1 + 3 * m_w));
        for (int y = 0; y < m_h; ++y) {
            out += '\0';
            for (int x = 0; x < m_w; ++x) {
                const Rgb& p = m_pixels[static_cast<size_t>(y) * m_w + x];
                out += static_cast<char>(p.r);
                out += static_cast<char>(p.g);
                out += static_cast<char>(p.b);
            }
        }
        return out;
    }

private:
    static uint16_t glyph(char c)
    {
        // 15 bits, rows top to bottom, 3 columns each (bit 14 = top left).
        switch (c) {
        case '0': return 0b111101101101111;
        case '1': return 0b010110010010111;
        case '2': return 0b111001111100111;
        case '3': return 0b111001111001111;
        case '4': return 0b101101111001001;
        case '5': return 0b111100111001111;
        case '6': return 0b111100111101111;
        case '7': return 0b111001001001001;
        case '8': return 0b111101111101111;
        case '9': return 0b111101111001111;
        case '.': return 0b000000000000010;
        case '-': return 0b000000111000000;
        case 'e': return 0b000111111100111;
        case 's': return 0b000111110011111;
        case 't': return 0b010111010010011;
        case 'p': return 0b000111101111100;
        case 'l': return 0b110010010010111;
        case 'o': return 0b000111101101111;
        case 'v': return 0b000101101101010;
        case 'a': return 0b000110011101111;
        default: return 0;
        }
    }

    int m_w, m_h;
    std::vector<Rgb> m_pixels;
};

void put32(std::string& out, uint32_t v)
{
    for (int s = 24; s >= 0; s -= 8)
        out += static_cast<char>((v >> s) & 0xff);
}

void chunk(std::string& png, const char* type, const std::string& data)
{
    put32(png, static_cast<uint32_t>(data.size()));
    const std::string typed = std::string(type, 4) + data;
    png += typed;
    put32(png, crc32Update(0, typed.data(), typed.size()));
}

/** zlib stream of stored (uncompressed) deflate blocks, with its Adler-32. */
std::string zlibStored(const std::string& raw)
{
    std::string out = "\x78\x01";
    size_t pos = 0;
    do {
        const size_t n = std::min<size_t>(65535, raw.size() - pos);
        const bool last = pos + n == raw.size();
        out += static_cast<char>(last ? 1 : 0);
        out += static_cast<char>(n & 0xff);
        out += static_cast<char>(n >> 8);
        out += static_cast<char>(~n & 0xff);
        out += static_cast<char>((~n >> 8) & 0xff);
        out.append(raw, pos, n);
        pos += n;
    } while (pos < raw.size());
    uint32_t a = 1, b = 0;
    for (unsigned char c : raw) {
        a = (a + c) % 65521;
        b = (b + a) % 65521;
    }
    put32(out, (b << 16) | a);
    return out;
}

std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, std::abs(v) >= 100 ? "%.0f" : (std::abs(v) >= 10 ? "%.1f" : "%.2f"), v);
    return text;
}

} // namespace

std::string renderLossPlotPng(const std::vector<std::pair<double, double>>& train, const std::vector<std::pair<double, double>>& eval,
                              int width, int height)
{
    Canvas c(width, height);
    const int left = 70, right = width - 20, top = 20, bottom = height - 45;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const auto* series : {&train, &eval})
        for (const auto& [x, y] : *series)
            if (std::isfinite(y)) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
    if (x0 > x1) { // no points: an empty frame
        x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    }
    if (x1 - x0 < 1e-9)
        x1 = x0 + 1;
    const double pad = std::max(1e-6, (y1 - y0) * 0.05);
    y0 -= pad;
    y1 += pad;
    const auto px = [&](double x) { return left + (x - x0) / (x1 - x0) * (right - left); };
    const auto py = [&](double y) { return bottom - (y - y0) / (y1 - y0) * (bottom - top); };
    const Rgb grid{228, 228, 228}, axis{90, 90, 90}, blue{31, 119, 180}, orange{255, 127, 14};
    for (int i = 0; i <= 4; ++i) {
        const int y = static_cast<int>(top + (bottom - top) * i / 4.0);
        c.line(left, y, right, y, grid, 1);
        c.text(left - 8 - Canvas::textWidth(number(y1 - (y1 - y0) * i / 4.0), 2), y - 5, number(y1 - (y1 - y0) * i / 4.0), 2, axis);
    }
    c.line(left, top, left, bottom, axis, 1);
    c.line(left, bottom, right, bottom, axis, 1);
    c.text(left, bottom + 10, number(x0), 2, axis);
    c.text(right - Canvas::textWidth(number(x1), 2), bottom + 10, number(x1), 2, axis);
    c.text((left + right) / 2 - Canvas::textWidth("step", 2) / 2, bottom + 26, "step", 2, axis);
    for (size_t i = 1; i < train.size(); ++i)
        if (std::isfinite(train[i - 1].second) && std::isfinite(train[i].second))
            c.line(px(train[i - 1].first), py(train[i - 1].second), px(train[i].first), py(train[i].second), blue, 2);
    if (train.size() == 1)
        c.rect(static_cast<int>(px(train[0].first)) - 2, static_cast<int>(py(train[0].second)) - 2,
               static_cast<int>(px(train[0].first)) + 2, static_cast<int>(py(train[0].second)) + 2, blue);
    for (const auto& [x, y] : eval)
        if (std::isfinite(y))
            c.rect(static_cast<int>(px(x)) - 3, static_cast<int>(py(y)) - 3, static_cast<int>(px(x)) + 3, static_cast<int>(py(y)) + 3, orange);
    // Legend: blue = train, orange = eval.
    c.rect(right - 150, top + 6, right - 130, top + 8, blue);
    c.text(right - 122, top + 2, "loss", 2, blue);
    if (!eval.empty()) {
        c.rect(right - 70, top + 4, right - 64, top + 10, orange);
        c.text(right - 56, top + 2, "eval", 2, orange);
    }

    std::string png = "\x89PNG\r\n\x1a\n";
    std::string ihdr;
    put32(ihdr, static_cast<uint32_t>(width));
    put32(ihdr, static_cast<uint32_t>(height));
    ihdr += std::string("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, no filter, no interlace
    chunk(png, "IHDR", ihdr);
    chunk(png, "IDAT", zlibStored(c.scanlines()));
    chunk(png, "IEND", "");
    return png;
}

} // namespace falconry

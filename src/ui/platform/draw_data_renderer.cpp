// [SECTION] Helpers
// [SECTION] The frame
// [SECTION] One command as shapes
// [SECTION] Rectangles
// [SECTION] Convex fans
// [SECTION] Triangles and texture state

#include "ui/platform/draw_data_renderer.h"

#include <SDL.h>
#include <imgui_impl_sdlrenderer.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace rightjob::ui {

// [SECTION] Helpers

namespace {

// Fans with fewer triangles than this go to SDL as triangles: they are small.
constexpr int kShortestFan = 2;

Uint8 channel(ImU32 colour, int shift)
{
    return static_cast<Uint8>((colour >> shift) & 0xFF);
}

Uint8 alphaOf(ImU32 colour)
{
    return channel(colour, IM_COL32_A_SHIFT);
}

// Where SDL's software renderer puts a triangle's corner: it drops the
// fraction before it fills (as a C cast to int does).
ImVec2 onPixelGrid(ImVec2 position)
{
    return ImVec2(static_cast<float>(static_cast<int>(position.x)), static_cast<float>(static_cast<int>(position.y)));
}

// The first pixel row or column whose centre is at or after edge.
int firstCentreAtOrAfter(float edge)
{
    return static_cast<int>(std::ceil(edge - 0.5f));
}

} // namespace

// What every shape of one draw command shares.
struct DrawDataRenderer::Command {
    const ImDrawVert* vertices; // from the command's vertex offset
    int vertexCount;
    const ImDrawIdx* indices; // from the command's index offset
    int indexCount;
    SDL_Texture* texture;
    bool textureIsFontAtlas;
    ImVec2 whitePixel;
    SDL_Rect clip;

    // True when the vertex is drawn in its colour alone: no texture, or the font atlas's white pixel.
    bool isPlain(ImDrawIdx index) const
    {
        if (texture == nullptr)
            return true;
        const ImVec2 uv = vertices[index].uv;
        return textureIsFontAtlas && uv.x == whitePixel.x && uv.y == whitePixel.y;
    }
};

// [SECTION] The frame

void DrawDataRenderer::render(SDL_Renderer* renderer, ImDrawData* drawData, DrawPath path, ImTextureID fontTexture,
                              ImVec2 whitePixel)
{
    m_counts = DrawCounts{};
    if (path == DrawPath::Triangles) {
        ImGui_ImplSDLRenderer_RenderDrawData(drawData);
        return;
    }
    m_renderer = renderer;

    // As ImGui's backend does: a scale set on the renderer applies to the
    // positions; otherwise only the clip rectangles take the framebuffer scale.
    float rendererScaleX = 1.0f;
    float rendererScaleY = 1.0f;
    SDL_RenderGetScale(renderer, &rendererScaleX, &rendererScaleY);
    const ImVec2 clipScale(rendererScaleX == 1.0f ? drawData->FramebufferScale.x : 1.0f,
                           rendererScaleY == 1.0f ? drawData->FramebufferScale.y : 1.0f);
    const int framebufferWidth = static_cast<int>(drawData->DisplaySize.x * clipScale.x);
    const int framebufferHeight = static_cast<int>(drawData->DisplaySize.y * clipScale.y);
    if (framebufferWidth <= 0 || framebufferHeight <= 0)
        return;

    SDL_Rect oldViewport;
    SDL_Rect oldClip;
    const bool oldClipEnabled = SDL_RenderIsClipEnabled(renderer) == SDL_TRUE;
    SDL_RenderGetViewport(renderer, &oldViewport);
    SDL_RenderGetClipRect(renderer, &oldClip);
    Uint8 oldColour[4] = {0, 0, 0, 0};
    SDL_GetRenderDrawColor(renderer, &oldColour[0], &oldColour[1], &oldColour[2], &oldColour[3]);
    SDL_BlendMode oldBlend = SDL_BLENDMODE_NONE;
    SDL_GetRenderDrawBlendMode(renderer, &oldBlend);

    const auto resetRenderState = [&] {
        SDL_RenderSetViewport(renderer, nullptr);
        SDL_RenderSetClipRect(renderer, nullptr);
    };
    resetRenderState();
    const ImVec2 clipOffset = drawData->DisplayPos;
    for (int listIndex = 0; listIndex < drawData->CmdListsCount; ++listIndex) {
        const ImDrawList* list = drawData->CmdLists[listIndex];
        for (const ImDrawCmd& drawCommand : list->CmdBuffer) {
            if (drawCommand.UserCallback != nullptr) {
                if (drawCommand.UserCallback == ImDrawCallback_ResetRenderState)
                    resetRenderState();
                else
                    drawCommand.UserCallback(list, &drawCommand);
                continue;
            }
            // The clip rectangle in framebuffer pixels, exactly as ImGui's backend makes it.
            ImVec2 clipMin((drawCommand.ClipRect.x - clipOffset.x) * clipScale.x,
                           (drawCommand.ClipRect.y - clipOffset.y) * clipScale.y);
            ImVec2 clipMax((drawCommand.ClipRect.z - clipOffset.x) * clipScale.x,
                           (drawCommand.ClipRect.w - clipOffset.y) * clipScale.y);
            clipMin.x = std::max(clipMin.x, 0.0f);
            clipMin.y = std::max(clipMin.y, 0.0f);
            clipMax.x = std::min(clipMax.x, static_cast<float>(framebufferWidth));
            clipMax.y = std::min(clipMax.y, static_cast<float>(framebufferHeight));
            if (clipMax.x <= clipMin.x || clipMax.y <= clipMin.y)
                continue;
            Command command{};
            command.clip = {static_cast<int>(clipMin.x), static_cast<int>(clipMin.y),
                            static_cast<int>(clipMax.x - clipMin.x), static_cast<int>(clipMax.y - clipMin.y)};
            SDL_RenderSetClipRect(renderer, &command.clip);
            command.vertices = list->VtxBuffer.Data + drawCommand.VtxOffset;
            command.vertexCount = list->VtxBuffer.Size - static_cast<int>(drawCommand.VtxOffset);
            command.indices = list->IdxBuffer.Data + drawCommand.IdxOffset;
            command.indexCount = static_cast<int>(drawCommand.ElemCount);
            command.texture = static_cast<SDL_Texture*>(drawCommand.GetTexID());
            command.textureIsFontAtlas = drawCommand.GetTexID() == fontTexture;
            command.whitePixel = whitePixel;
            drawShapes(command);
        }
    }

    restoreTextures();
    SDL_SetRenderDrawColor(renderer, oldColour[0], oldColour[1], oldColour[2], oldColour[3]);
    SDL_SetRenderDrawBlendMode(renderer, oldBlend);
    SDL_RenderSetViewport(renderer, &oldViewport);
    SDL_RenderSetClipRect(renderer, oldClipEnabled ? &oldClip : nullptr);
    m_renderer = nullptr;
}

// [SECTION] One command as shapes

void DrawDataRenderer::drawShapes(const Command& command)
{
    // Triangles that are neither a rectangle nor part of a fan wait in a run
    // (from pendingStart) and go to SDL together, before the next shape, so
    // that the painter's order is kept.
    int pendingStart = 0;
    const auto flushPending = [&](int end) {
        if (end > pendingStart) {
            drawTriangles(command, pendingStart, end - pendingStart);
            m_counts.triangles += (end - pendingStart) / 3;
        }
        pendingStart = end;
    };

    int index = 0;
    while (index + 3 <= command.indexCount) {
        const ImDrawIdx* triangles = command.indices + index;
        if (index + 6 <= command.indexCount) {
            Rectangle rectangle;
            if (findRectangle(command, triangles, rectangle)) {
                flushPending(index);
                drawRectangle(command, rectangle);
                ++(rectangle.plain ? m_counts.filledRectangles : m_counts.copies);
                index += 6;
                pendingStart = index;
                continue;
            }
        }
        const int fan = convexFanLength(command, triangles, command.indexCount - index);
        if (fan >= kShortestFan) {
            flushPending(index);
            drawConvexFan(command, triangles);
            ++m_counts.convexShapes;
            index += 3 * fan;
            pendingStart = index;
            continue;
        }
        index += 3;
    }
    flushPending(index);
}

// [SECTION] Rectangles

// Two triangles sharing a diagonal whose four corners make an axis-aligned
// rectangle of one colour, either plain or with the texture's axes along the
// rectangle's and whole texels inside it. Fills rectangle and returns true, or returns false.
bool DrawDataRenderer::findRectangle(const Command& command, const ImDrawIdx* triangles, Rectangle& rectangle)
{
    // The four corners: the two triangles must share exactly two vertices.
    ImDrawIdx corners[4];
    int cornerCount = 0;
    int shared = 0;
    for (int i = 0; i < 6; ++i) {
        const ImDrawIdx index = triangles[i];
        if (index >= command.vertexCount)
            return false;
        bool seen = false;
        for (int j = 0; j < cornerCount; ++j)
            seen = seen || corners[j] == index;
        if (seen) {
            ++shared;
            continue;
        }
        if (cornerCount == 4)
            return false;
        corners[cornerCount++] = index;
    }
    if (cornerCount != 4 || shared != 2)
        return false;

    const ImDrawVert& first = command.vertices[corners[0]];
    ImVec2 min = first.pos;
    ImVec2 max = first.pos;
    for (const ImDrawIdx corner : corners) {
        const ImDrawVert& vertex = command.vertices[corner];
        if (vertex.col != first.col)
            return false;
        min = ImVec2(std::min(min.x, vertex.pos.x), std::min(min.y, vertex.pos.y));
        max = ImVec2(std::max(max.x, vertex.pos.x), std::max(max.y, vertex.pos.y));
    }
    if (!(min.x < max.x && min.y < max.y))
        return false; // a line or a point: left to SDL as triangles
    // Each corner of the rectangle exactly once.
    int cornersSeen = 0;
    for (const ImDrawIdx corner : corners) {
        const ImVec2 position = command.vertices[corner].pos;
        const bool left = position.x == min.x;
        const bool top = position.y == min.y;
        if ((!left && position.x != max.x) || (!top && position.y != max.y))
            return false;
        cornersSeen |= 1 << ((left ? 0 : 1) + (top ? 0 : 2));
    }
    if (cornersSeen != 0xF)
        return false;

    rectangle.destination = SDL_FRect{min.x, min.y, max.x - min.x, max.y - min.y};
    rectangle.colour = first.col;
    rectangle.plain = command.isPlain(corners[0]) && command.isPlain(corners[1]) && command.isPlain(corners[2])
                      && command.isPlain(corners[3]);
    if (rectangle.plain)
        return true;

    // A copy: the texture coordinates must run with the rectangle (no turn,
    // no mirror) and name whole texels inside the texture.
    ImVec2 uvMin(0, 0);
    ImVec2 uvMax(0, 0);
    for (const ImDrawIdx corner : corners) {
        const ImDrawVert& vertex = command.vertices[corner];
        (vertex.pos.x == min.x ? uvMin : uvMax).x = vertex.uv.x;
        (vertex.pos.y == min.y ? uvMin : uvMax).y = vertex.uv.y;
    }
    for (const ImDrawIdx corner : corners) {
        const ImDrawVert& vertex = command.vertices[corner];
        if (vertex.uv.x != (vertex.pos.x == min.x ? uvMin : uvMax).x
            || vertex.uv.y != (vertex.pos.y == min.y ? uvMin : uvMax).y)
            return false;
    }
    if (!(uvMin.x < uvMax.x && uvMin.y < uvMax.y && uvMin.x >= 0 && uvMin.y >= 0 && uvMax.x <= 1 && uvMax.y <= 1))
        return false;
    int textureWidth = 0;
    int textureHeight = 0;
    if (SDL_QueryTexture(command.texture, nullptr, nullptr, &textureWidth, &textureHeight) != 0)
        return false;
    const float texels[4] = {uvMin.x * static_cast<float>(textureWidth), uvMin.y * static_cast<float>(textureHeight),
                             uvMax.x * static_cast<float>(textureWidth), uvMax.y * static_cast<float>(textureHeight)};
    int whole[4];
    for (int i = 0; i < 4; ++i) {
        whole[i] = static_cast<int>(std::lround(texels[i]));
        if (std::fabs(texels[i] - static_cast<float>(whole[i])) > 1.0f / 64)
            return false;
    }
    rectangle.source = SDL_Rect{whole[0], whole[1], whole[2] - whole[0], whole[3] - whole[1]};
    return rectangle.source.w > 0 && rectangle.source.h > 0;
}

void DrawDataRenderer::drawRectangle(const Command& command, const Rectangle& rectangle)
{
    if (alphaOf(rectangle.colour) == 0)
        return; // adds nothing
    if (rectangle.plain) {
        useDrawColour(rectangle.colour);
        SDL_RenderFillRectF(m_renderer, &rectangle.destination);
        return;
    }
    modulate(command.texture, rectangle.colour);
    SDL_RenderCopyF(m_renderer, command.texture, &rectangle.source, &rectangle.destination);
}

// [SECTION] Convex fans

// How many triangles from here make one convex fan of one colour with no
// texture: (a, b, c), (a, c, d), (a, d, e)… as ImGui fills a rounded
// rectangle, a circle or any convex path. 0 when these triangles do not start one.
int DrawDataRenderer::convexFanLength(const Command& command, const ImDrawIdx* triangles, int indexCount)
{
    const auto usable = [&](ImDrawIdx index) { return index < command.vertexCount && command.isPlain(index); };
    const ImDrawIdx apex = triangles[0];
    if (!usable(apex) || !usable(triangles[1]) || !usable(triangles[2]))
        return 0;
    const ImU32 colour = command.vertices[apex].col;
    if (command.vertices[triangles[1]].col != colour || command.vertices[triangles[2]].col != colour)
        return 0;

    m_polygon.clear();
    m_polygon.push_back(onPixelGrid(command.vertices[apex].pos));
    m_polygon.push_back(onPixelGrid(command.vertices[triangles[1]].pos));
    m_polygon.push_back(onPixelGrid(command.vertices[triangles[2]].pos));
    int count = 1;
    while (3 * (count + 1) <= indexCount) {
        const ImDrawIdx* next = triangles + 3 * count;
        if (next[0] != apex || next[1] != triangles[3 * count - 1] || !usable(next[2])
            || command.vertices[next[2]].col != colour)
            break;
        m_polygon.push_back(onPixelGrid(command.vertices[next[2]].pos));
        ++count;
    }
    if (count < kShortestFan)
        return 0;

    // Convex: every turn the same way round (straight runs allowed), and once round only.
    const std::size_t corners = m_polygon.size();
    int turn = 0;
    float angle = 0;
    for (std::size_t i = 0; i < corners; ++i) {
        const ImVec2 a = m_polygon[i];
        const ImVec2 b = m_polygon[(i + 1) % corners];
        const ImVec2 c = m_polygon[(i + 2) % corners];
        const float cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
        const float dot = (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y);
        if (cross != 0) {
            const int sign = cross > 0 ? 1 : -1;
            if (turn != 0 && sign != turn)
                return 0;
            turn = sign;
        }
        angle += std::atan2(cross, dot);
    }
    if (turn == 0 || std::fabs(std::fabs(angle) - 2 * static_cast<float>(M_PI)) > 0.01f)
        return 0;
    return count;
}

// Fills the fan's polygon as rows of the pixels SDL would fill for its
// triangles: corners on the pixel grid (see onPixelGrid), then every pixel
// whose centre is inside, or on a top or left edge. Rows with the same span
// are joined into one rectangle.
void DrawDataRenderer::drawConvexFan(const Command& command, const ImDrawIdx* triangles)
{
    // m_polygon holds the fan's outline (see convexFanLength).
    const ImU32 colour = command.vertices[triangles[0]].col;
    if (alphaOf(colour) == 0)
        return;
    float top = m_polygon[0].y;
    float bottom = m_polygon[0].y;
    for (const ImVec2& point : m_polygon) {
        top = std::min(top, point.y);
        bottom = std::max(bottom, point.y);
    }
    // Rows whose centres are in [top, bottom), and only those inside the clip rectangle.
    const int firstRow = std::max(firstCentreAtOrAfter(top), command.clip.y);
    const int endRow = std::min(firstCentreAtOrAfter(bottom), command.clip.y + command.clip.h);
    if (endRow <= firstRow)
        return;
    const std::size_t rows = static_cast<std::size_t>(endRow - firstRow);
    m_rowLeft.assign(rows, INFINITY);
    m_rowRight.assign(rows, -INFINITY);
    const std::size_t corners = m_polygon.size();
    for (std::size_t i = 0; i < corners; ++i) {
        ImVec2 a = m_polygon[i];
        ImVec2 b = m_polygon[(i + 1) % corners];
        if (a.y == b.y)
            continue;
        if (a.y > b.y)
            std::swap(a, b);
        const float slope = (b.x - a.x) / (b.y - a.y);
        const int from = std::max(firstCentreAtOrAfter(a.y), firstRow);
        const int to = std::min(firstCentreAtOrAfter(b.y), endRow);
        for (int row = from; row < to; ++row) {
            const float x = a.x + (static_cast<float>(row) + 0.5f - a.y) * slope;
            const std::size_t at = static_cast<std::size_t>(row - firstRow);
            m_rowLeft[at] = std::min(m_rowLeft[at], x);
            m_rowRight[at] = std::max(m_rowRight[at], x);
        }
    }

    m_rectangles.clear();
    const int clipLeft = command.clip.x;
    const int clipRight = command.clip.x + command.clip.w;
    for (std::size_t at = 0; at < rows; ++at) {
        if (!(m_rowLeft[at] <= m_rowRight[at]))
            continue;
        const int left = std::max(firstCentreAtOrAfter(m_rowLeft[at]), clipLeft);
        const int right = std::min(firstCentreAtOrAfter(m_rowRight[at]), clipRight);
        if (right <= left)
            continue;
        const int row = firstRow + static_cast<int>(at);
        if (!m_rectangles.empty()) {
            SDL_Rect& last = m_rectangles.back();
            if (last.x == left && last.w == right - left && last.y + last.h == row) {
                ++last.h;
                continue;
            }
        }
        m_rectangles.push_back({left, row, right - left, 1});
    }
    fillRectangles(colour);
}

// An opaque colour replaces what is under it, as blending it would, but
// SDL's plain fill is a fraction of the work of its blended one.
void DrawDataRenderer::useDrawColour(ImU32 colour)
{
    SDL_SetRenderDrawBlendMode(m_renderer, alphaOf(colour) == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(m_renderer, channel(colour, IM_COL32_R_SHIFT), channel(colour, IM_COL32_G_SHIFT),
                           channel(colour, IM_COL32_B_SHIFT), alphaOf(colour));
}

void DrawDataRenderer::fillRectangles(ImU32 colour)
{
    if (m_rectangles.empty())
        return;
    useDrawColour(colour);
    SDL_RenderFillRects(m_renderer, m_rectangles.data(), static_cast<int>(m_rectangles.size()));
}

// [SECTION] Triangles and texture state

// Hands a run of triangles to SDL as they are. (Even plain ones keep the
// font atlas: SDL's untextured fill shades a triangle with one colour where
// its textured one blends the corners' colours, and anti-aliased edges are
// exactly such blends.)
void DrawDataRenderer::drawTriangles(const Command& command, int firstIndex, int indexCount)
{
    const ImDrawVert* vertices = command.vertices;
    const float* positions = reinterpret_cast<const float*>(reinterpret_cast<const char*>(vertices) + offsetof(ImDrawVert, pos));
    const float* uvs = reinterpret_cast<const float*>(reinterpret_cast<const char*>(vertices) + offsetof(ImDrawVert, uv));
    const SDL_Color* colours
        = reinterpret_cast<const SDL_Color*>(reinterpret_cast<const char*>(vertices) + offsetof(ImDrawVert, col));
    SDL_RenderGeometryRaw(m_renderer, command.texture, positions, static_cast<int>(sizeof(ImDrawVert)), colours,
                          static_cast<int>(sizeof(ImDrawVert)), uvs,
                          static_cast<int>(sizeof(ImDrawVert)), command.vertexCount, command.indices + firstIndex,
                          indexCount, static_cast<int>(sizeof(ImDrawIdx)));
}

void DrawDataRenderer::modulate(SDL_Texture* texture, ImU32 colour)
{
    const SDL_Color wanted{channel(colour, IM_COL32_R_SHIFT), channel(colour, IM_COL32_G_SHIFT),
                           channel(colour, IM_COL32_B_SHIFT), alphaOf(colour)};
    auto found = std::find_if(m_modulated.begin(), m_modulated.end(),
                              [&](const TextureModulation& entry) { return entry.texture == texture; });
    if (found == m_modulated.end()) {
        SDL_Color original{255, 255, 255, 255};
        SDL_GetTextureColorMod(texture, &original.r, &original.g, &original.b);
        SDL_GetTextureAlphaMod(texture, &original.a);
        m_modulated.push_back({texture, original, original});
        found = m_modulated.end() - 1;
    }
    SDL_Color& current = found->current;
    if (current.r != wanted.r || current.g != wanted.g || current.b != wanted.b)
        SDL_SetTextureColorMod(texture, wanted.r, wanted.g, wanted.b);
    if (current.a != wanted.a)
        SDL_SetTextureAlphaMod(texture, wanted.a);
    current = wanted;
}

void DrawDataRenderer::restoreTextures()
{
    for (const TextureModulation& entry : m_modulated) {
        SDL_SetTextureColorMod(entry.texture, entry.original.r, entry.original.g, entry.original.b);
        SDL_SetTextureAlphaMod(entry.texture, entry.original.a);
    }
    m_modulated.clear();
}

} // namespace rightjob::ui

// How a finished ImGui frame reaches SDL_Renderer's pixels.
//
// ImGui hands over triangles. SDL's software renderer (headless, and on
// machines with no GPU) fills each triangle by testing every pixel of the
// rectangle around it, through a temporary surface when it blends; the fan
// of triangles ImGui makes for one rounded card covers the card's area some
// thirty times over. So the frame is drawn as shapes instead, in the same
// order and inside the same clip rectangles: axis-aligned rectangles of one
// colour as filled rectangles, textured rectangles (letters, pictures) as
// copies, convex shapes of one colour (ImGui's fans) as rows of rectangles,
// and only what is left (anti-aliased edges, lines at an angle) as triangles.
#pragma once

#include <imgui.h>

#include <SDL_pixels.h>
#include <SDL_rect.h>

#include <vector>

struct SDL_Renderer;
struct SDL_Texture;

namespace rightjob::ui {

// How ImGui's draw data is handed to SDL_Renderer.
enum class DrawPath {
    // Every draw command as triangles to SDL_RenderGeometry, as ImGui's own SDL_Renderer backend does.
    Triangles,
    // Rectangles, copies and convex shapes to SDL's fast paths, the rest as triangles: the same picture.
    Shapes,
};

// What the last frame drawn along DrawPath::Shapes was handed to SDL as.
struct DrawCounts {
    int filledRectangles = 0; // plain rectangles, each one fill
    int copies = 0;           // textured rectangles (letters, pictures), each one copy
    int convexShapes = 0;     // fans, each a few rows of fills
    int triangles = 0;        // what was left, as triangles
};

// Draws ImGui frames with one SDL_Renderer; keeps its working memory between frames.
class DrawDataRenderer {
public:
    // Draws drawData with renderer along path, in ImGui's order, each command
    // inside its clip rectangle. fontTexture is the font atlas (ImGui's io.Fonts
    // texture) and whitePixel the place of its opaque white pixel, which ImGui
    // uses for everything drawn without a picture. The renderer's viewport,
    // clip rectangle, draw colour and blend mode, and the colour and alpha
    // modulation of the textures drawn, are as before afterwards.
    void render(SDL_Renderer* renderer, ImDrawData* drawData, DrawPath path, ImTextureID fontTexture,
                ImVec2 whitePixel);

    // What the last frame was drawn as; all zero after a frame along DrawPath::Triangles.
    const DrawCounts& counts() const { return m_counts; }

private:
    struct Command;
    struct Rectangle {
        SDL_FRect destination;
        SDL_Rect source; // in texels, when not plain
        ImU32 colour;
        bool plain; // drawn in its colour alone (no texture, or the font atlas's white pixel)
    };
    struct TextureModulation {
        SDL_Texture* texture;
        SDL_Color original;
        SDL_Color current;
    };

    void drawShapes(const Command& command);
    void drawTriangles(const Command& command, int firstIndex, int indexCount);
    bool findRectangle(const Command& command, const ImDrawIdx* triangles, Rectangle& rectangle);
    void drawRectangle(const Command& command, const Rectangle& rectangle);
    int convexFanLength(const Command& command, const ImDrawIdx* triangles, int indexCount);
    void drawConvexFan(const Command& command, const ImDrawIdx* triangles);
    void useDrawColour(ImU32 colour);
    void fillRectangles(ImU32 colour);
    void modulate(SDL_Texture* texture, ImU32 colour);
    void restoreTextures();

    SDL_Renderer* m_renderer = nullptr;
    DrawCounts m_counts;
    std::vector<ImVec2> m_polygon;
    std::vector<float> m_rowLeft;
    std::vector<float> m_rowRight;
    std::vector<SDL_Rect> m_rectangles;
    std::vector<TextureModulation> m_modulated;
};

} // namespace rightjob::ui

#include "ui/platform/scaling.h"

#include <catch2/catch.hpp>

using rightjob::ui::Scaling;

TEST_CASE("One em is the body font size at the chosen text size", "[ui]")
{
    Scaling scaling;
    CHECK(scaling.em() == Approx(26.0f));
    CHECK(scaling.toPixels(2.0f) == Approx(52.0f));

    scaling.textScale = 1.5f;
    CHECK(scaling.em() == Approx(39.0f));
    CHECK(scaling.toPixels(0.5f) == Approx(19.5f));
}

TEST_CASE("Touch targets are at least 44 px and grow with the text", "[ui]")
{
    Scaling scaling;
    CHECK(scaling.minimumTarget() == Approx(Scaling::kMinimumTargetPixels));
    CHECK(scaling.targetPixels(0.5f) == Approx(44.0f));
    CHECK(scaling.targetPixels(4.0f) == Approx(104.0f));

    scaling.textScale = 2.0f;
    CHECK(scaling.minimumTarget() == Approx(88.0f));

    // Even a small base font never shrinks a target below the minimum.
    scaling.textScale = 1.0f;
    scaling.basePixels = 10.0f;
    CHECK(scaling.minimumTarget() >= Scaling::kMinimumTargetPixels);
    CHECK(scaling.minimumTarget() >= Scaling::kAbsoluteMinimumPixels);
}

TEST_CASE("Visible things are never smaller than 24 px", "[ui]")
{
    Scaling scaling;
    CHECK(scaling.visiblePixels(0.1f) == Approx(Scaling::kAbsoluteMinimumPixels));
    CHECK(scaling.visiblePixels(2.0f) == Approx(52.0f));
}

TEST_CASE("A text size from a file snaps to the nearest offered size", "[ui]")
{
    CHECK(rightjob::ui::nearestTextScaleChoice(1.3f) == Approx(1.25f));
    CHECK(rightjob::ui::nearestTextScaleChoice(0.5f) == Approx(1.0f));
    CHECK(rightjob::ui::nearestTextScaleChoice(9.0f) == Approx(2.0f));
}

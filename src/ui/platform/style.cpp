#include "ui/platform/style.h"

namespace rightjob::ui {

const UiStyle& style()
{
    static const UiStyle kStyle;
    return kStyle;
}

} // namespace rightjob::ui

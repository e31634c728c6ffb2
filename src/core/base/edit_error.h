// A change or an action that cannot be made (an unknown card, an empty name,
// a wrong passphrase). Its message is plain words that the screen may show.
// Every domain may throw it, so it sits in base.
#pragma once

#include <stdexcept>

namespace rightjob::core {

// A change that cannot be made (an unknown card, an empty name). Its message
// is plain words that the screen may show.
class EditError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace rightjob::core

#pragma once

#include "ui/common/RecordComboBox.h"

namespace cj::client {

class Session;

// The academic year a screen works in: the school's years, opening on the current one.
class YearComboBox : public RecordComboBox
{
    Q_OBJECT
public:
    explicit YearComboBox(Session *session, QWidget *parent = nullptr);

    // True when a year is chosen; else tells the person to create one first.
    bool ensureChosen();
};

} // namespace cj::client

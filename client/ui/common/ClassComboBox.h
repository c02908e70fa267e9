#pragma once

#include "ui/common/RecordComboBox.h"

namespace cj::client {

class Session;

// The classes of a year to choose from; opens on the class last chosen, else on the class the
// person leads. With a none-text it also offers "all classes" (id 0).
class ClassComboBox : public RecordComboBox
{
    Q_OBJECT
public:
    explicit ClassComboBox(Session *session, QWidget *parent = nullptr);

    void setYear(qint64 yearId);
};

} // namespace cj::client

#pragma once

#include "core/models/RemoteListModel.h"

namespace cj::client {

// Activation codes just issued (users.issueActivation, accounts.createFor…, import.commit), kept
// on screen until their slips are printed: the code is shown once and never stored by the client.
class ActivationCodesModel : public RemoteListModel
{
    Q_OBJECT
public:
    enum class Column { Name, Note, Login, Code, ValidUntil, Count };
    explicit ActivationCodesModel(QObject *parent = nullptr);
};

} // namespace cj::client

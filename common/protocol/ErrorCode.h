#pragma once

#include <QString>

namespace cj::protocol {

// Stable error codes that travel the protocol as their wire names. Never renumber or rename:
// clients map them to their own (Russian) text.
#define CJ_ERROR_CODES(X) \
    X(BadFrame, "bad_frame") \
    X(FrameTooLarge, "frame_too_large") \
    X(Malformed, "malformed") \
    X(UnknownType, "unknown_type") \
    X(InvalidArgument, "invalid_argument") \
    X(HandshakeRequired, "handshake_required") \
    X(UnsupportedVersion, "unsupported_version") \
    X(NotAuthenticated, "not_authenticated") \
    X(AuthFailed, "auth_failed") \
    X(AccountLocked, "account_locked") \
    X(AccountNotActivated, "account_not_activated") \
    X(ActivationInvalid, "activation_invalid") \
    X(WeakPassword, "weak_password") \
    X(Throttled, "throttled") \
    X(RateLimited, "rate_limited") \
    X(SessionInvalid, "session_invalid") \
    X(PermissionDenied, "permission_denied") \
    X(NotFound, "not_found") \
    X(Conflict, "conflict") \
    X(ValidationFailed, "validation_failed") \
    X(WindowClosed, "window_closed") \
    X(CellLocked, "cell_locked") \
    X(RuleViolation, "rule_violation") \
    X(ReadOnly, "read_only") \
    X(ServerBusy, "server_busy") \
    X(ShuttingDown, "shutting_down") \
    X(Internal, "internal") \
    /* never sent by the server: the client's own view of a call that got no answer */ \
    X(Unreachable, "unreachable") \
    X(Timeout, "timeout")

enum class ErrorCode {
#define CJ_X(name, wire) name,
    CJ_ERROR_CODES(CJ_X)
#undef CJ_X
};

QString errorCodeName(ErrorCode code);
// Unknown names (from a newer server) map to Internal so old clients still show something sensible.
ErrorCode errorCodeFromName(const QString &name, bool *known = nullptr);

} // namespace cj::protocol

#pragma once

#include <QCborMap>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace cj::client {

class Session;
class WorkKindListModel;

// The administrator's journal settings: entry windows (how long after the lesson each kind of
// entry stays open), the rounding policy for period marks (threshold presets, minimum marks,
// weighted or plain mean, a control «2» blocking a «5»), whether «1» is used, and the catalogue
// of kinds of work with their weights.
class JournalSettingsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit JournalSettingsScreen(Session *session, QWidget *parent = nullptr);
    WorkKindListModel *workKinds() const { return m_kinds; }
    // The settings as the form holds them, as settings.update takes them.
    QCborMap settingsFromForm() const;

private:
    struct WindowRow {
        QSpinBox *days;
        QCheckBox *working;
    };
    void load();
    void show(const QCborMap &settings);
    void save();
    void applyPreset(int index);
    void saveKind(int row);

    Session *m_session;
    QHash<QString, WindowRow> m_windows;
    QSpinBox *m_opensBefore;
    QComboBox *m_preset;
    QDoubleSpinBox *m_thresholds[3];
    QSpinBox *m_minMarks;
    QCheckBox *m_weighted;
    QCheckBox *m_controlTwo;
    QCheckBox *m_allowOne;
    QLabel *m_message;
    WorkKindListModel *m_kinds;
    QTableView *m_kindsView;
    QCborMap m_loaded;
};

} // namespace cj::client

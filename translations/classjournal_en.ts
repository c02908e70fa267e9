<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CellText</name>
    <message>
        <source>«%1» is not a mark. Type 1–5 (a double mark as «3/5»), «н» for absent, «оп» for late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell holds either marks or зачёт/незачёт, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell holds at most four marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Typing in the journal&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a mark&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3/5&lt;/b&gt; or &lt;b&gt;3 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a double mark (two marks in one cell)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;н&lt;/b&gt; (key Y, or N)&lt;/td&gt;&lt;td&gt;absent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;оп&lt;/b&gt; or &lt;b&gt;о&lt;/b&gt; (key J, or L)&lt;/td&gt;&lt;td&gt;late&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;зч&lt;/b&gt;, &lt;b&gt;+&lt;/b&gt; (key P)&lt;/td&gt;&lt;td&gt;зачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;нз&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;незачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;save and go down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, arrows&lt;/td&gt;&lt;td&gt;save and move&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete, Backspace&lt;/td&gt;&lt;td&gt;clear the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2, double click&lt;/td&gt;&lt;td&gt;open the cell: kind of work, comment, attendance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;copy / paste cells (works with spreadsheets)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Y&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message>
        <source>lesson of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence reason: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: «%1» → «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework: «%1» → «%2»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final mark: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryLock</name>
    <message>
        <source>You may not change this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was not on the list on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is exempt from this subject in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1 is taught without marks and homework: attendance only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is in the future: marks and attendance can be entered from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the entry window closed on %1. Changes go through a correction request («Замена сведений»).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The program and the server do not understand each other. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data sent is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this action. Update the program or the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (field &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the program does not fit the server. Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is locked. Contact the journal administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not activated yet. Use your activation code for the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code is wrong or expired. Ask the administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too simple: use at least 8 characters with letters and digits, different from the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for entering this has passed. File a correction request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is locked. File a correction request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This breaks the school&apos;s rules for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year is closed; its journals are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy or its database is unavailable. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is restarting. The program will reconnect by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error. Tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1 is taught without marks: only attendance is recorded (000 §3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No homework is set in grade 1 (000 §3.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark «1» is not used in this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period, year, exam and final marks are «2» to «5» only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«н/а» and «осв.» are not allowed for period, year and final marks (000 §5.3): extend the period of study and give a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subject is graded pass/fail (зачёт/незачёт), not with marks — or the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is not on the class (or group) list on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is exempt from this subject in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no absence there to give a reason for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be entered yet: it opens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for entering this ended on %1. File a correction request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is locked: its entry window closed on %1. To change it, file a correction request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClassJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::AbsenceListModel</name>
    <message>
        <source>ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::AbsencesScreen</name>
    <message>
        <source>Only without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«б» ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«у» excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«п» unexcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document covering several days: every absence of the student in those days, all subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Absences of the class&lt;/h3&gt;Give a reason for each absence: type б, у or п on a row, or use the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not the class teacher of any class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has no subjects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reason given to %n absence(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::CellEditorDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, lesson %3&lt;br&gt;Topic: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment for the student and parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent («н»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late («оп»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ill («б»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused («у»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexcused («п»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence reasons are set by the class teacher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::CellHistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::CellHistoryModel</name>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction (approved request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ClientApp</name>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session was ended by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionListModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionRequestDialog</name>
    <message>
        <source>Correction request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry can no longer be changed directly. The change goes to the administrator as a request «Замена сведений в электронном журнале» and is made when approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the entry must be changed (required), e.g. «the mark was entered for the wrong student»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionsScreen</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the request rejected? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Register of journal corrections&lt;/h3&gt;«Журнал замены сведений»: requests to change locked entries. An approved change is made and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;My correction requests&lt;/h3&gt;Changes to locked entries wait for the administrator&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: the change is made in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::DiaryModel</name>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::DiaryScreen</name>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diary: %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and year marks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::HomePage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalHeaderView</name>
    <message>
        <source>%1 l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPageEditor</name>
    <message>
        <source>Absence reasons are set by the class teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final mark %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone present, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work «%1» for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cells were not pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPageModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: unexcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent (no reason given yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Not saved yet — on its way to the server&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few marks for a forecast: %1 of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast of the period mark: the %1 rounded with thresholds %2 / %3 / %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from the subject in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet — on its way to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W.avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fcst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 qtr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average mark for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average: marks weighted by the kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of marks (a double mark counts twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast of the period mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period mark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final (certificate) mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work: %1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPagesModel</name>
    <message>
        <source>%1 — substitution on %2, lesson %3 (instead of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPagesScreen</name>
    <message>
        <source>Open the journal page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;My classes&lt;/h3&gt;The classes and groups you teach, and the lessons you substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;My class&lt;/h3&gt;Every subject of your class. You set absence reasons and period marks; the rest is for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Class journals&lt;/h3&gt;Choose a class, then a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no teaching assignments this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalScreen</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the absences of the current lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give all marks of the current lesson the same kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C: cells as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V: from a spreadsheet or another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson plan (КТП)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal page could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Opening the journal page…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade 1: attendance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving… %n change(s) not yet confirmed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a correction request for this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a correction request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction request was filed. The change is made when the administrator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a correction request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>КТП %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the lesson&apos;s topic and homework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::JournalSettingsScreen</name>
    <message>
        <source>Entry windows: how long after the lesson entries stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks for written work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written work in Russian and literature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period and year marks (after the period ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam and final marks (after the year ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: the lesson&apos;s day only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period marks open before the period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period marks from the average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.5 / 3.5 / 4.5 — arithmetic rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.6 / 3.6 / 4.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.65 / 3.65 / 4.65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round the weighted average (kinds of work have weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a «2» for a control work blocks a «5»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark «1» is used in this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many marks for a forecast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of work and their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journal settings&lt;/h3&gt;The school&apos;s own rules for the journal (its local act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds must rise: «3» &lt; «4» &lt; «5».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Open journal pages use the new settings when reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::LessonPanel</name>
    <message>
        <source>Topic of the lesson (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework: text, pages, exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of work new marks of this lesson get (and its weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in class (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a lesson in the grid&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lesson %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — substitution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;%1&apos; style=&apos;color:#b00020&apos;&gt;Lessons without a topic: %2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::LoginDialog</name>
    <message>
        <source>ClassJournal — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Electronic class journal&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or address, e.g. journal.school.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sign-in: I have an activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server as name or name:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the activation code you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server %1 presented a different certificate than before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This happens when the server was reinstalled — or when someone is intercepting the connection to read passwords and marks. Ask the journal administrator before you continue.&lt;/p&gt;&lt;p&gt;Known: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::MainWindow</name>
    <message>
        <source>ClassJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClassJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet saved: %n change(s)</source>
        <translation>
            <numerusform>Not yet saved: %n change</numerusform>
            <numerusform>Not yet saved: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClassJournal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClassJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClassJournal %1&lt;/h3&gt;&lt;p&gt;Electronic class journal for general education schools.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My c&amp;lass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absences and reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register of corrections («Журнал замены сведений»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;correction requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::MedicalCertificateDialog</name>
    <message>
        <source>Medical certificate or other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to every absence in these days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::PlanItemsModel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::PlanScreen</name>
    <message>
        <source>Add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: №;Тема;Часы;Домашнее задание (number and hours optional), «;» or «,» separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread topics over lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons from the date that have no topic get the next topics of the plan, in order (a topic of N hours fills N lessons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; by the curriculum: &lt;b&gt;%2&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; lessons in the schedule: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; given so far: &lt;b&gt;%4&lt;/b&gt;, with a topic: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned hours differ from the curriculum by %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topics given to %n lesson(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a lesson plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics read from the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines with errors (skipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the topics of the list with these? (Save the plan afterwards.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported; save the plan to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n line(s) skipped; save the plan to keep it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::WorkKindListModel</name>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

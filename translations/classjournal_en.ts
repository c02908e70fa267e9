<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountText</name>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>locked: %1</translation>
    </message>
    <message>
        <source>held after failed sign-ins until %1</source>
        <translation>held after failed sign-ins until %1</translation>
    </message>
    <message>
        <source>waiting for activation</source>
        <translation>waiting for activation</translation>
    </message>
    <message>
        <source>not activated, no code</source>
        <translation>not activated, no code</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>activation code</source>
        <translation>activation code</translation>
    </message>
    <message>
        <source>session resumed</source>
        <translation>session resumed</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>wrong activation code</source>
        <translation>wrong activation code</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>too many attempts (account)</source>
        <translation>too many attempts (account)</translation>
    </message>
    <message>
        <source>too many attempts (computer)</source>
        <translation>too many attempts (computer)</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>session expired</translation>
    </message>
</context>
<context>
    <name>ActivationSlips</name>
    <message>
        <source>Access to the electronic class journal</source>
        <translation>Access to the electronic class journal</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Activation code:</source>
        <translation>Activation code:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>First sign-in</source>
        <translation>First sign-in</translation>
    </message>
    <message>
        <source>Start the ClassJournal program and enter the server and the login shown above.</source>
        <translation>Start the ClassJournal program and enter the server and the login shown above.</translation>
    </message>
    <message>
        <source>Tick “First sign-in: I have an activation code” and type the code (dashes and letter case do not matter).</source>
        <translation>Tick “First sign-in: I have an activation code” and type the code (dashes and letter case do not matter).</translation>
    </message>
    <message>
        <source>Choose your own password: at least 8 characters, letters and digits, not the same as the login.</source>
        <translation>Choose your own password: at least 8 characters, letters and digits, not the same as the login.</translation>
    </message>
    <message>
        <source>The code works once. Do not pass the code or your password to anyone: by the school&apos;s rules only its owner may use an account. If the code has expired, ask the journal administrator for a new one.</source>
        <translation>The code works once. Do not pass the code or your password to anyone: by the school&apos;s rules only its owner may use an account. If the code has expired, ask the journal administrator for a new one.</translation>
    </message>
</context>
<context>
    <name>AttendanceMonthRenderer</name>
    <message>
        <source>Report on the class&apos;s attendance for the month</source>
        <translation>Report on the class&apos;s attendance for the month</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Month: %1</translation>
    </message>
    <message>
        <source>School days of the month</source>
        <translation>School days of the month</translation>
    </message>
    <message>
        <source>For the month</source>
        <translation>For the month</translation>
    </message>
    <message>
        <source>In a day&apos;s cell: lessons missed that day, with the reason when all had the same one; in bold — the whole day was missed.</source>
        <translation>In a day&apos;s cell: lessons missed that day, with the reason when all had the same one; in bold — the whole day was missed.</translation>
    </message>
</context>
<context>
    <name>AttendanceStatementRenderer</name>
    <message>
        <source>Summary statement of attendance</source>
        <translation>Summary statement of attendance</translation>
    </message>
    <message>
        <source>For the whole time</source>
        <translation>For the whole time</translation>
    </message>
</context>
<context>
    <name>AttendanceTally</name>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>ill</source>
        <translation>ill</translation>
    </message>
    <message>
        <source>exc.</source>
        <translation>exc.</translation>
    </message>
    <message>
        <source>unexc.</source>
        <translation>unexc.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Lessons missed: «all» — in total, «ill» — for illness, «exc.» — for an excused reason, «unexc.» — without an excused reason or with no reason given; «days» — whole days missed (every lesson of the day); «late» — times late, not counted as missed.</source>
        <translation>Lessons missed: «all» — in total, «ill» — for illness, «exc.» — for an excused reason, «unexc.» — without an excused reason or with no reason given; «days» — whole days missed (every lesson of the day); «late» — times late, not counted as missed.</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>«%1» is not a mark. Type 1–5 (a double mark as «3/5»), «н» for absent, «оп» for late.</source>
        <translation>«%1» is not a mark. Type 1–5 (a double mark as «3/5»), «н» for absent, «оп» for late.</translation>
    </message>
    <message>
        <source>A cell holds either marks or зачёт/незачёт, not both.</source>
        <translation>A cell holds either marks or зачёт/незачёт, not both.</translation>
    </message>
    <message>
        <source>A cell holds at most four marks.</source>
        <translation>A cell holds at most four marks.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typing in the journal&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a mark&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3/5&lt;/b&gt; or &lt;b&gt;3 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a double mark (two marks in one cell)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;н&lt;/b&gt; (key Y, or N)&lt;/td&gt;&lt;td&gt;absent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;оп&lt;/b&gt; or &lt;b&gt;о&lt;/b&gt; (key J, or L)&lt;/td&gt;&lt;td&gt;late&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;зч&lt;/b&gt;, &lt;b&gt;+&lt;/b&gt; (key P)&lt;/td&gt;&lt;td&gt;зачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;нз&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;незачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;save and go down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, arrows&lt;/td&gt;&lt;td&gt;save and move&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete, Backspace&lt;/td&gt;&lt;td&gt;clear the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2, double click&lt;/td&gt;&lt;td&gt;open the cell: kind of work, comment, attendance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;copy / paste cells (works with spreadsheets)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Y&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;b&gt;Typing in the journal&lt;/b&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a mark&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;3/5&lt;/b&gt; or &lt;b&gt;3 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;a double mark (two marks in one cell)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;н&lt;/b&gt; (key Y, or N)&lt;/td&gt;&lt;td&gt;absent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;оп&lt;/b&gt; or &lt;b&gt;о&lt;/b&gt; (key J, or L)&lt;/td&gt;&lt;td&gt;late&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;зч&lt;/b&gt;, &lt;b&gt;+&lt;/b&gt; (key P)&lt;/td&gt;&lt;td&gt;зачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;нз&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;&lt;/td&gt;&lt;td&gt;незачёт&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Enter&lt;/td&gt;&lt;td&gt;save and go down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tab, arrows&lt;/td&gt;&lt;td&gt;save and move&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete, Backspace&lt;/td&gt;&lt;td&gt;clear the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2, double click&lt;/td&gt;&lt;td&gt;open the cell: kind of work, comment, attendance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;copy / paste cells (works with spreadsheets)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Z / Ctrl+Y&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message>
        <source>lesson of %1</source>
        <translation>lesson of %1</translation>
    </message>
    <message>
        <source>Marks: %1 → %2</source>
        <translation>Marks: %1 → %2</translation>
    </message>
    <message>
        <source>Attendance: %1 → %2</source>
        <translation>Attendance: %1 → %2</translation>
    </message>
    <message>
        <source>Absence reason: %1 → %2</source>
        <translation>Absence reason: %1 → %2</translation>
    </message>
    <message>
        <source>Topic: «%1» → «%2»</source>
        <translation>Topic: «%1» → «%2»</translation>
    </message>
    <message>
        <source>Homework: «%1» → «%2»</source>
        <translation>Homework: «%1» → «%2»</translation>
    </message>
    <message>
        <source>Kind of work → %1</source>
        <translation>Kind of work → %1</translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation>answer in class</translation>
    </message>
    <message>
        <source>Final mark: %1 → %2</source>
        <translation>Final mark: %1 → %2</translation>
    </message>
</context>
<context>
    <name>ClassJournalRenderer</name>
    <message>
        <source>m</source>
        <comment>gender, short</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>f</source>
        <comment>gender, short</comment>
        <translation>f</translation>
    </message>
    <message>
        <source>General information about the pupils</source>
        <translation>General information about the pupils</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Parents (legal representatives)</source>
        <translation>Parents (legal representatives)</translation>
    </message>
    <message>
        <source>Arrived, left</source>
        <translation>Arrived, left</translation>
    </message>
    <message>
        <source>of class %1</source>
        <translation>of class %1</translation>
    </message>
    <message>
        <source>for the %1 school year</source>
        <translation>for the %1 school year</translation>
    </message>
    <message>
        <source>for %1 of the %2 school year</source>
        <translation>for %1 of the %2 school year</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>The journal has %n sheet(s).</source>
        <translation>
            <numerusform>The journal has %n sheet.</numerusform>
            <numerusform>The journal has %n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has … sheets.</source>
        <translation>The journal has … sheets.</translation>
    </message>
    <message>
        <source>Certification sheet</source>
        <translation>Certification sheet</translation>
    </message>
    <message>
        <source>Class journal</source>
        <translation>Class journal</translation>
    </message>
    <message numerus="yes">
        <source>The journal has %n sheet(s) numbered and laced</source>
        <translation>
            <numerusform>The journal has %n sheet numbered and laced</numerusform>
            <numerusform>The journal has %n sheets numbered and laced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassTeacherReportRenderer</name>
    <message>
        <source>Class teacher&apos;s report for the school period</source>
        <translation>Class teacher&apos;s report for the school period</translation>
    </message>
    <message>
        <source>1. Progress</source>
        <translation>1. Progress</translation>
    </message>
    <message>
        <source>2. Attendance</source>
        <translation>2. Attendance</translation>
    </message>
    <message>
        <source>3. Movement of pupils</source>
        <translation>3. Movement of pupils</translation>
    </message>
</context>
<context>
    <name>CorrectionsRegisterRenderer</name>
    <message>
        <source>Approved, changed</source>
        <translation>Approved, changed</translation>
    </message>
    <message>
        <source>Rejected, not changed</source>
        <translation>Rejected, not changed</translation>
    </message>
    <message>
        <source>Withdrawn by the teacher</source>
        <translation>Withdrawn by the teacher</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Awaiting a decision</translation>
    </message>
    <message>
        <source>Register «Replacement of information in the electronic journal»</source>
        <translation>Register «Replacement of information in the electronic journal»</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Date of the lesson</source>
        <translation>Date of the lesson</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Administrator&apos;s decision</source>
        <translation>Administrator&apos;s decision</translation>
    </message>
</context>
<context>
    <name>EntryLock</name>
    <message>
        <source>You may not change this entry.</source>
        <translation>You may not change this entry.</translation>
    </message>
    <message>
        <source>The student was not on the list on this date.</source>
        <translation>The student was not on the list on this date.</translation>
    </message>
    <message>
        <source>The student is exempt from this subject in this period.</source>
        <translation>The student is exempt from this subject in this period.</translation>
    </message>
    <message>
        <source>Grade 1 is taught without marks and homework: attendance only.</source>
        <translation>Grade 1 is taught without marks and homework: attendance only.</translation>
    </message>
    <message>
        <source>This lesson is in the future: marks and attendance can be entered from %1.</source>
        <translation>This lesson is in the future: marks and attendance can be entered from %1.</translation>
    </message>
    <message>
        <source>Locked: the entry window closed on %1. Changes go through a correction request («Замена сведений»).</source>
        <translation>Locked: the entry window closed on %1. Changes go through a correction request («Замена сведений»).</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The program and the server do not understand each other. Update the program.</source>
        <translation>The program and the server do not understand each other. Update the program.</translation>
    </message>
    <message>
        <source>The data sent is too large.</source>
        <translation>The data sent is too large.</translation>
    </message>
    <message>
        <source>The server does not support this action. Update the program or the server.</source>
        <translation>The server does not support this action. Update the program or the server.</translation>
    </message>
    <message>
        <source>The server rejected the request (field &quot;%1&quot;).</source>
        <translation>The server rejected the request (field &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This version of the program does not fit the server. Update the program.</source>
        <translation>This version of the program does not fit the server. Update the program.</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>Please sign in.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>Your account is locked. Contact the journal administrator.</source>
        <translation>Your account is locked. Contact the journal administrator.</translation>
    </message>
    <message>
        <source>The account is not activated yet. Use your activation code for the first sign-in.</source>
        <translation>The account is not activated yet. Use your activation code for the first sign-in.</translation>
    </message>
    <message>
        <source>The activation code is wrong or expired. Ask the administrator for a new one.</source>
        <translation>The activation code is wrong or expired. Ask the administrator for a new one.</translation>
    </message>
    <message>
        <source>The password is too simple: use at least 8 characters with letters and digits, different from the login.</source>
        <translation>The password is too simple: use at least 8 characters with letters and digits, different from the login.</translation>
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
        <translation>Too many requests at once. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>You do not have the right to do this.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted by someone else.</source>
        <translation>The record was not found; it may have been deleted by someone else.</translation>
    </message>
    <message>
        <source>Check the data entered.</source>
        <translation>Check the data entered.</translation>
    </message>
    <message>
        <source>The time for entering this has passed. File a correction request.</source>
        <translation>The time for entering this has passed. File a correction request.</translation>
    </message>
    <message>
        <source>This entry is locked. File a correction request.</source>
        <translation>This entry is locked. File a correction request.</translation>
    </message>
    <message>
        <source>This breaks the school&apos;s rules for the journal.</source>
        <translation>This breaks the school&apos;s rules for the journal.</translation>
    </message>
    <message>
        <source>The academic year is closed; its journals are read-only.</source>
        <translation>The academic year is closed; its journals are read-only.</translation>
    </message>
    <message>
        <source>The server is busy or its database is unavailable. Try again shortly.</source>
        <translation>The server is busy or its database is unavailable. Try again shortly.</translation>
    </message>
    <message>
        <source>The server is restarting. The program will reconnect by itself.</source>
        <translation>The server is restarting. The program will reconnect by itself.</translation>
    </message>
    <message>
        <source>Internal server error. Tell the administrator.</source>
        <translation>Internal server error. Tell the administrator.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>No connection to the server.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
    <message>
        <source>Grade 1 is taught without marks: only attendance is recorded (000 §3.7).</source>
        <translation>Grade 1 is taught without marks: only attendance is recorded (000 §3.7).</translation>
    </message>
    <message>
        <source>No homework is set in grade 1 (000 §3.7).</source>
        <translation>No homework is set in grade 1 (000 §3.7).</translation>
    </message>
    <message>
        <source>The mark «1» is not used in this school.</source>
        <translation>The mark «1» is not used in this school.</translation>
    </message>
    <message>
        <source>Period, year, exam and final marks are «2» to «5» only.</source>
        <translation>Period, year, exam and final marks are «2» to «5» only.</translation>
    </message>
    <message>
        <source>«н/а» and «осв.» are not allowed for period, year and final marks (000 §5.3): extend the period of study and give a mark.</source>
        <translation>«н/а» and «осв.» are not allowed for period, year and final marks (000 §5.3): extend the period of study and give a mark.</translation>
    </message>
    <message>
        <source>This subject is graded pass/fail (зачёт/незачёт), not with marks — or the other way round.</source>
        <translation>This subject is graded pass/fail (зачёт/незачёт), not with marks — or the other way round.</translation>
    </message>
    <message>
        <source>The student is not on the class (or group) list on that date.</source>
        <translation>The student is not on the class (or group) list on that date.</translation>
    </message>
    <message>
        <source>The student is exempt from this subject in this period.</source>
        <translation>The student is exempt from this subject in this period.</translation>
    </message>
    <message>
        <source>There is no absence there to give a reason for.</source>
        <translation>There is no absence there to give a reason for.</translation>
    </message>
    <message>
        <source>This cannot be entered yet: it opens on %1.</source>
        <translation>This cannot be entered yet: it opens on %1.</translation>
    </message>
    <message>
        <source>The time for entering this ended on %1. File a correction request.</source>
        <translation>The time for entering this ended on %1. File a correction request.</translation>
    </message>
    <message>
        <source>This entry is locked: its entry window closed on %1. To change it, file a correction request.</source>
        <translation>This entry is locked: its entry window closed on %1. To change it, file a correction request.</translation>
    </message>
    <message>
        <source>This login is already taken. Choose another one.</source>
        <translation>This login is already taken. Choose another one.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Such a record already exists.</translation>
    </message>
    <message>
        <source>A period must lie inside the academic year.</source>
        <translation>A period must lie inside the academic year.</translation>
    </message>
    <message>
        <source>The periods overlap: each period must end before the next one starts.</source>
        <translation>The periods overlap: each period must end before the next one starts.</translation>
    </message>
    <message>
        <source>Periods must be numbered 1, 2, … in the order of their dates.</source>
        <translation>Periods must be numbered 1, 2, … in the order of their dates.</translation>
    </message>
    <message>
        <source>The holidays must lie inside the academic year.</source>
        <translation>The holidays must lie inside the academic year.</translation>
    </message>
    <message>
        <source>These dates overlap another academic year of the school.</source>
        <translation>These dates overlap another academic year of the school.</translation>
    </message>
    <message>
        <source>Lessons may not start before 8:00.</source>
        <translation>Lessons may not start before 8:00.</translation>
    </message>
    <message>
        <source>Lessons overlap: each lesson must end before the next one starts.</source>
        <translation>Lessons overlap: each lesson must end before the next one starts.</translation>
    </message>
    <message>
        <source>A break between lessons is shorter than 10 minutes.</source>
        <translation>A break between lessons is shorter than 10 minutes.</translation>
    </message>
    <message>
        <source>The weekly hours of the class would exceed the maximum allowed for its grade (%1 h).</source>
        <translation>The weekly hours of the class would exceed the maximum allowed for its grade (%1 h).</translation>
    </message>
    <message>
        <source>The weekly hours of the class would exceed the maximum allowed for its grade.</source>
        <translation>The weekly hours of the class would exceed the maximum allowed for its grade.</translation>
    </message>
    <message>
        <source>The date lies outside the academic year.</source>
        <translation>The date lies outside the academic year.</translation>
    </message>
    <message>
        <source>The student is already on a class list on that date.</source>
        <translation>The student is already on a class list on that date.</translation>
    </message>
    <message>
        <source>A move between subgroups takes effect from the next quarter (half), and this is the last one.</source>
        <translation>A move between subgroups takes effect from the next quarter (half), and this is the last one.</translation>
    </message>
    <message>
        <source>The subgroup was made for another subject.</source>
        <translation>The subgroup was made for another subject.</translation>
    </message>
    <message>
        <source>It cannot be deleted: the journal already holds marks, attendance or topics for it.</source>
        <translation>It cannot be deleted: the journal already holds marks, attendance or topics for it.</translation>
    </message>
    <message>
        <source>The class cannot be deleted: it has had students or lessons.</source>
        <translation>The class cannot be deleted: it has had students or lessons.</translation>
    </message>
    <message>
        <source>The file has no column «%1», which is required.</source>
        <translation>The file has no column «%1», which is required.</translation>
    </message>
    <message>
        <source>Some rows of the file have errors: correct them or import only the correct rows.</source>
        <translation>Some rows of the file have errors: correct them or import only the correct rows.</translation>
    </message>
    <message>
        <source>The school would be left without an administrator.</source>
        <translation>The school would be left without an administrator.</translation>
    </message>
    <message>
        <source>%1, lesson %2</source>
        <translation>%1, lesson %2</translation>
    </message>
    <message>
        <source>The teacher %1 already has a lesson then (%2): %3.</source>
        <translation>The teacher %1 already has a lesson then (%2): %3.</translation>
    </message>
    <message>
        <source>Room %1 is already taken then (%2): %3.</source>
        <translation>Room %1 is already taken then (%2): %3.</translation>
    </message>
    <message>
        <source>The class already has a lesson then (%1): %2.</source>
        <translation>The class already has a lesson then (%1): %2.</translation>
    </message>
    <message>
        <source>This clashes with another lesson (%1): %2.</source>
        <translation>This clashes with another lesson (%1): %2.</translation>
    </message>
</context>
<context>
    <name>ForecastRenderer</name>
    <message>
        <source>The forecast follows the school&apos;s rounding rule: «3» from %1, «4» from %2, «5» from %3</source>
        <translation>The forecast follows the school&apos;s rounding rule: «3» from %1, «4» from %2, «5» from %3</translation>
    </message>
    <message>
        <source>by the weighted average</source>
        <translation>by the weighted average</translation>
    </message>
    <message>
        <source>by the plain average</source>
        <translation>by the plain average</translation>
    </message>
    <message>
        <source>at least %1 marks</source>
        <translation>at least %1 marks</translation>
    </message>
    <message>
        <source>a «2» for a test blocks a «5»</source>
        <translation>a «2» for a test blocks a «5»</translation>
    </message>
    <message>
        <source>Preliminary report (forecast) for the school period</source>
        <translation>Preliminary report (forecast) for the school period</translation>
    </message>
    <message>
        <source>a «2» is likely</source>
        <translation>a «2» is likely</translation>
    </message>
    <message>
        <source>too few marks: %1 of at least %2</source>
        <translation>too few marks: %1 of at least %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Marks (minimum)</source>
        <translation>Marks (minimum)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Weighted average</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Missed for a valid reason / lessons</source>
        <translation>Missed for a valid reason / lessons</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Highlighted: a risk; * — fewer marks than the minimum for the subject&apos;s hours.</source>
        <translation>Highlighted: a risk; * — fewer marks than the minimum for the subject&apos;s hours.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>No risks.</source>
        <translation>No risks.</translation>
    </message>
</context>
<context>
    <name>HoursChangeCommand</name>
    <message>
        <source>hours %1 → %2</source>
        <translation>hours %1 → %2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <source>Health group</source>
        <translation>Health group</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>«%1» is not filled in</source>
        <translation>«%1» is not filled in</translation>
    </message>
    <message>
        <source>«%1» is not a date (DD.MM.YYYY)</source>
        <translation>«%1» is not a date (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>«%1» has a value that is not allowed</source>
        <translation>«%1» has a value that is not allowed</translation>
    </message>
    <message>
        <source>there is no such class in this academic year</source>
        <translation>there is no such class in this academic year</translation>
    </message>
    <message>
        <source>unknown role (учитель, завуч, секретарь, директор, администратор)</source>
        <translation>unknown role (учитель, завуч, секретарь, директор, администратор)</translation>
    </message>
    <message>
        <source>«%1» is outside the academic year</source>
        <translation>«%1» is outside the academic year</translation>
    </message>
    <message>
        <source>repeats a row above («%1»)</source>
        <translation>repeats a row above («%1»)</translation>
    </message>
    <message>
        <source>only the administrator may import accounts with roles other than teacher and secretary</source>
        <translation>only the administrator may import accounts with roles other than teacher and secretary</translation>
    </message>
    <message>
        <source>already in the school («%1»)</source>
        <translation>already in the school («%1»)</translation>
    </message>
</context>
<context>
    <name>JournalControlRenderer</name>
    <message>
        <source>Control of keeping the electronic journal</source>
        <translation>Control of keeping the electronic journal</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject (group)</source>
        <translation>Subject (group)</translation>
    </message>
    <message>
        <source>Lessons given</source>
        <translation>Lessons given</translation>
    </message>
    <message>
        <source>Without a topic</source>
        <translation>Without a topic</translation>
    </message>
    <message>
        <source>Without homework</source>
        <translation>Without homework</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Marks entered late</source>
        <translation>Marks entered late</translation>
    </message>
    <message>
        <source>Pupils without marks</source>
        <translation>Pupils without marks</translation>
    </message>
    <message>
        <source>Pupils with one mark</source>
        <translation>Pupils with one mark</translation>
    </message>
    <message>
        <source>Pupils with too few marks (minimum)</source>
        <translation>Pupils with too few marks (minimum)</translation>
    </message>
    <message>
        <source>Hours in the КТП</source>
        <translation>Hours in the КТП</translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation>Substitutions</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Last entry</translation>
    </message>
    <message>
        <source>Highlighted: what needs the teacher&apos;s attention. Minimum of current marks for a period (003 §2.3.1): 3 at up to 1 hour a week, 5 at up to 2 hours, 8 above 2 hours; pupils who missed at least half of the lessons for a valid reason are not checked (003 §2.3.2).</source>
        <translation>Highlighted: what needs the teacher&apos;s attention. Minimum of current marks for a period (003 §2.3.1): 3 at up to 1 hour a week, 5 at up to 2 hours, 8 above 2 hours; pupils who missed at least half of the lessons for a valid reason are not checked (003 §2.3.2).</translation>
    </message>
    <message>
        <source>Teachers&apos; activity</source>
        <translation>Teachers&apos; activity</translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation>Changes in the period</translation>
    </message>
</context>
<context>
    <name>MovementStatementRenderer</name>
    <message>
        <source>No. %1 of %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Where from</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Where to</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Summary statement of pupils&apos; movement</source>
        <translation>Summary statement of pupils&apos; movement</translation>
    </message>
    <message>
        <source>School period</source>
        <translation>School period</translation>
    </message>
    <message>
        <source>On the list at the start</source>
        <translation>On the list at the start</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>On the list at the end</source>
        <translation>On the list at the end</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>For the year</translation>
    </message>
    <message>
        <source>Pupils who arrived</source>
        <translation>Pupils who arrived</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Pupils who left</source>
        <translation>Pupils who left</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Whole school</translation>
    </message>
</context>
<context>
    <name>ParentLettersRenderer</name>
    <message>
        <source>Information letter for parents</source>
        <translation>Information letter for parents</translation>
    </message>
    <message>
        <source>Information letters</source>
        <translation>Information letters</translation>
    </message>
    <message>
        <source>Pupil: %1, class %2</source>
        <translation>Pupil: %1, class %2</translation>
    </message>
    <message>
        <source>for the time from %1 to %2</source>
        <translation>for the time from %1 to %2</translation>
    </message>
    <message>
        <source>Dear parents (legal representatives)! We inform you of your child&apos;s marks, absences and homework for these two weeks.</source>
        <translation>Dear parents (legal representatives)! We inform you of your child&apos;s marks, absences and homework for these two weeks.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Marks (date, kind of work)</source>
        <translation>Marks (date, kind of work)</translation>
    </message>
    <message>
        <source>Average mark</source>
        <translation>Average mark</translation>
    </message>
    <message>
        <source>Lessons missed</source>
        <translation>Lessons missed</translation>
    </message>
    <message>
        <source>Lessons missed: %1, of them for illness %2, for an excused reason %3, without an excused reason %4. Times late: %5.</source>
        <translation>Lessons missed: %1, of them for illness %2, for an excused reason %3, without an excused reason %4. Times late: %5.</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>None given.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Read by the parent (legal representative)</source>
        <translation>Read by the parent (legal representative)</translation>
    </message>
</context>
<context>
    <name>PeriodResultsRenderer</name>
    <message>
        <source>Results of the class&apos;s progress for the school period</source>
        <translation>Results of the class&apos;s progress for the school period</translation>
    </message>
    <message>
        <source>Results of progress in the subject for the school period</source>
        <translation>Results of progress in the subject for the school period</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation>At the end of the period</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Without a mark</source>
        <translation>Without a mark</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>% succ.</source>
        <translation>% succ.</translation>
    </message>
    <message>
        <source>% qual.</source>
        <translation>% qual.</translation>
    </message>
    <message>
        <source>СОУ, %</source>
        <translation>СОУ, %</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>passed: %1, failed: %2</source>
        <translation>passed: %1, failed: %2</translation>
    </message>
    <message>
        <source>The class as a whole</source>
        <translation>The class as a whole</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>On the list at the end of the period</source>
        <translation>On the list at the end of the period</translation>
    </message>
    <message>
        <source>Counted (N): with at least one period mark</source>
        <translation>Counted (N): with at least one period mark</translation>
    </message>
    <message>
        <source>Excellent pupils (only «5»)</source>
        <translation>Excellent pupils (only «5»)</translation>
    </message>
    <message>
        <source>Good pupils (only «4» and «5»)</source>
        <translation>Good pupils (only «4» and «5»)</translation>
    </message>
    <message>
        <source>With one «3»</source>
        <translation>With one «3»</translation>
    </message>
    <message>
        <source>Failing (a «2» or «fail»)</source>
        <translation>Failing (a «2» or «fail»)</translation>
    </message>
    <message>
        <source>Without period marks</source>
        <translation>Without period marks</translation>
    </message>
    <message>
        <source>% of success</source>
        <translation>% of success</translation>
    </message>
    <message>
        <source>% of quality</source>
        <translation>% of quality</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Prints a ClassJournal report to PDF (and CSV for tables) without a display.</source>
        <translation>Prints a ClassJournal report to PDF (and CSV for tables) without a display.</translation>
    </message>
    <message>
        <source>The report to print; --list shows them.</source>
        <translation>The report to print; --list shows them.</translation>
    </message>
    <message>
        <source>List the reports.</source>
        <translation>List the reports.</translation>
    </message>
    <message>
        <source>The server, host:port (port 7446 when omitted).</source>
        <translation>The server, host:port (port 7446 when omitted).</translation>
    </message>
    <message>
        <source>The account to sign in with.</source>
        <translation>The account to sign in with.</translation>
    </message>
    <message>
        <source>The password (visible to other users of this computer; prefer --password-file).</source>
        <translation>The password (visible to other users of this computer; prefer --password-file).</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>A file whose first line is the password.</translation>
    </message>
    <message>
        <source>The class, by name (5А) or id.</source>
        <translation>The class, by name (5А) or id.</translation>
    </message>
    <message>
        <source>The report for every class of the school, one file each.</source>
        <translation>The report for every class of the school, one file each.</translation>
    </message>
    <message>
        <source>The teaching assignment (class and subject) id.</source>
        <translation>The teaching assignment (class and subject) id.</translation>
    </message>
    <message>
        <source>One pupil&apos;s id (parent letters).</source>
        <translation>One pupil&apos;s id (parent letters).</translation>
    </message>
    <message>
        <source>One teacher&apos;s id (journal control).</source>
        <translation>One teacher&apos;s id (journal control).</translation>
    </message>
    <message>
        <source>The school period: its number in the class&apos;s scheme, its name or id.</source>
        <translation>The school period: its number in the class&apos;s scheme, its name or id.</translation>
    </message>
    <message>
        <source>The whole school year instead of a period.</source>
        <translation>The whole school year instead of a period.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>First day, YYYY-MM-DD or DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Last day, YYYY-MM-DD or DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>The month, YYYY-MM.</translation>
    </message>
    <message>
        <source>The day (class enrolment), YYYY-MM-DD.</source>
        <translation>The day (class enrolment), YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only correction requests with this status: pending, approved, rejected, withdrawn.</source>
        <translation>Only correction requests with this status: pending, approved, rejected, withdrawn.</translation>
    </message>
    <message>
        <source>The PDF file, or a directory (for --all-classes); the current directory by default.</source>
        <translation>The PDF file, or a directory (for --all-classes); the current directory by default.</translation>
    </message>
    <message>
        <source>Also write the tables as CSV next to the PDF.</source>
        <translation>Also write the tables as CSV next to the PDF.</translation>
    </message>
    <message>
        <source>The documents&apos; language: ru (default) or en.</source>
        <translation>The documents&apos; language: ru (default) or en.</translation>
    </message>
    <message>
        <source>Name one report (see --list).</source>
        <translation>Name one report (see --list).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>--server, --login and --password (or --password-file) are required.</source>
        <translation>--server, --login and --password (or --password-file) are required.</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Not a date: %1</translation>
    </message>
    <message>
        <source>Not a month: %1</source>
        <translation>Not a month: %1</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Not a server address: %1</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>No answer from %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed (it was %2, now it is %3). If the server was reinstalled, accept the new certificate in the ClassJournal client first.</source>
        <translation>The certificate of %1 has changed (it was %2, now it is %3). If the server was reinstalled, accept the new certificate in the ClassJournal client first.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Sign-in refused: %1</translation>
    </message>
    <message>
        <source>The server refused the list of classes: %1</source>
        <translation>The server refused the list of classes: %1</translation>
    </message>
    <message>
        <source>No class %1 this year.</source>
        <translation>No class %1 this year.</translation>
    </message>
    <message>
        <source>This report is about a class: give --class or --all-classes.</source>
        <translation>This report is about a class: give --class or --all-classes.</translation>
    </message>
    <message>
        <source>This report cannot be printed for every class at once.</source>
        <translation>This report cannot be printed for every class at once.</translation>
    </message>
    <message>
        <source>This report is about one subject of a class: give --assignment.</source>
        <translation>This report is about one subject of a class: give --assignment.</translation>
    </message>
    <message>
        <source>For the whole school give the period&apos;s number: --period 2.</source>
        <translation>For the whole school give the period&apos;s number: --period 2.</translation>
    </message>
    <message>
        <source>No period %1.</source>
        <translation>No period %1.</translation>
    </message>
    <message>
        <source>No school period today: give --period%1.</source>
        <translation>No school period today: give --period%1.</translation>
    </message>
    <message>
        <source> or --year</source>
        <translation> or --year</translation>
    </message>
    <message>
        <source>This report is for one period, not the year.</source>
        <translation>This report is for one period, not the year.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from is after --to.</translation>
    </message>
    <message>
        <source>No classes to print.</source>
        <translation>No classes to print.</translation>
    </message>
    <message>
        <source>The server refused the report: %1</source>
        <translation>The server refused the report: %1</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Unknown language «%1»: ru or en.</source>
        <translation>Unknown language «%1»: ru or en.</translation>
    </message>
</context>
<context>
    <name>ProgressStatementRenderer</name>
    <message>
        <source>Summary statement of pupils&apos; progress</source>
        <translation>Summary statement of pupils&apos; progress</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Roman numerals: marks for the school periods (quarters or halves). Marks 2–5; «pass»/«fail» for subjects graded so. The statement is kept for 75 years.</source>
        <translation>Roman numerals: marks for the school periods (quarters or halves). Marks 2–5; «pass»/«fail» for subjects graded so. The statement is kept for 75 years.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ClassJournal</source>
        <translation>ClassJournal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Preliminary report (forecast) for a subject</source>
        <translation>Preliminary report (forecast) for a subject</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>pass</source>
        <comment>pass/fail mark, short</comment>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>pass/fail mark, short</comment>
        <translation>fail</translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance symbol «оп»</comment>
        <translation>late</translation>
    </message>
    <message>
        <source>ill</source>
        <comment>attendance symbol «б»</comment>
        <translation>ill</translation>
    </message>
    <message>
        <source>exc</source>
        <comment>attendance symbol «у»</comment>
        <translation>exc</translation>
    </message>
    <message>
        <source>unx</source>
        <comment>attendance symbol «п»</comment>
        <translation>unx</translation>
    </message>
    <message>
        <source>abs</source>
        <comment>attendance symbol «н»</comment>
        <translation>abs</translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation>arrived %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>left %1</translation>
    </message>
    <message>
        <source>grades %1</source>
        <translation>grades %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pupil&apos;s surname and name</source>
        <translation>Pupil&apos;s surname and name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Deputy director for academic affairs</source>
        <translation>Deputy director for academic affairs</translation>
    </message>
    <message>
        <source>«___» ______________ 20___</source>
        <translation>«___» ______________ 20___</translation>
    </message>
    <message>
        <source>% of success = (n5 + n4 + n3) / N × 100; % of quality = (n5 + n4) / N × 100; degree of learning (СОУ) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n1) / N; average mark = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. N — pupils on the list at the end of the period, minus those exempt and those without a period mark; pupils who left before the end are not counted, pupils who arrived are.</source>
        <translation>% of success = (n5 + n4 + n3) / N × 100; % of quality = (n5 + n4) / N × 100; degree of learning (СОУ) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n1) / N; average mark = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. N — pupils on the list at the end of the period, minus those exempt and those without a period mark; pupils who left before the end are not counted, pupils who arrived are.</translation>
    </message>
    <message>
        <source>For the class: N — pupils on the list at the end of the period with at least one period mark; % of success = pupils without «2» / N × 100; % of quality = (excellent + good pupils) / N × 100; excellent — all marks «5»; good — only «4» and «5», at least one «4»; with one «3» — exactly one «3», the rest «4» and «5»; failing — at least one «2» or «fail».</source>
        <translation>For the class: N — pupils on the list at the end of the period with at least one period mark; % of success = pupils without «2» / N × 100; % of quality = (excellent + good pupils) / N × 100; excellent — all marks «5»; good — only «4» and «5», at least one «4»; with one «3» — exactly one «3», the rest «4» and «5»; failing — at least one «2» or «fail».</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>%1 school year</source>
        <translation>%1 school year</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Asking the server for the report…</source>
        <translation>Asking the server for the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportScaffold</name>
    <message>
        <source>Class teacher: %1</source>
        <translation>Class teacher: %1</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>Deputy director</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
</context>
<context>
    <name>SchoolEnrolmentRenderer</name>
    <message>
        <source>Class enrolment</source>
        <translation>Class enrolment</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Boys</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Girls</translation>
    </message>
    <message numerus="yes">
        <source>Grade %1: %n class(es)</source>
        <translation>
            <numerusform>Grade %1: %n class</numerusform>
            <numerusform>Grade %1: %n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>School total: %n class(es)</source>
        <translation>
            <numerusform>School total: %n class</numerusform>
            <numerusform>School total: %n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolMovementRenderer</name>
    <message>
        <source>Dynamics of pupils&apos; movement in the school</source>
        <translation>Dynamics of pupils&apos; movement in the school</translation>
    </message>
    <message>
        <source>School period</source>
        <translation>School period</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>school total</source>
        <translation>school total</translation>
    </message>
</context>
<context>
    <name>SchoolResultsRenderer</name>
    <message>
        <source>Results of progress in the school</source>
        <translation>Results of progress in the school</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>On the list</translation>
    </message>
    <message>
        <source>Counted (N)</source>
        <translation>Counted (N)</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>With one «3»</source>
        <translation>With one «3»</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Failing</translation>
    </message>
    <message>
        <source>Without marks</source>
        <translation>Without marks</translation>
    </message>
    <message>
        <source>% of success</source>
        <translation>% of success</translation>
    </message>
    <message>
        <source>% of quality</source>
        <translation>% of quality</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>School total</source>
        <translation>School total</translation>
    </message>
</context>
<context>
    <name>SchoolText</name>
    <message>
        <source>quarters</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>halves</source>
        <translation>halves</translation>
    </message>
    <message>
        <source>marks 2–5</source>
        <translation>marks 2–5</translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation>pass / fail</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>leaving</translation>
    </message>
    <message>
        <source>by the schedule</source>
        <translation>by the schedule</translation>
    </message>
    <message>
        <source>extra lesson</source>
        <translation>extra lesson</translation>
    </message>
    <message>
        <source>moved lesson</source>
        <translation>moved lesson</translation>
    </message>
    <message>
        <source>no teacher assigned</source>
        <translation>no teacher assigned</translation>
    </message>
    <message>
        <source>fewer hours assigned than in the curriculum</source>
        <translation>fewer hours assigned than in the curriculum</translation>
    </message>
    <message>
        <source>more hours assigned than in the curriculum</source>
        <translation>more hours assigned than in the curriculum</translation>
    </message>
    <message>
        <source>assigned but not in the curriculum</source>
        <translation>assigned but not in the curriculum</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>all grades</source>
        <translation>all grades</translation>
    </message>
    <message>
        <source>grades %1</source>
        <translation>grades %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ScreenCatalog</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation>S&amp;tudents</translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation>Sche&amp;dule</translation>
    </message>
    <message>
        <source>My &amp;class</source>
        <translation>My &amp;class</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>My classes</source>
        <translation>My classes</translation>
    </message>
    <message>
        <source>My class</source>
        <translation>My class</translation>
    </message>
    <message>
        <source>Class journals</source>
        <translation>Class journals</translation>
    </message>
    <message>
        <source>Absences and reasons</source>
        <translation>Absences and reasons</translation>
    </message>
    <message>
        <source>Register of corrections</source>
        <translation>Register of corrections</translation>
    </message>
    <message>
        <source>My correction requests</source>
        <translation>My correction requests</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgroups</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation>Teaching load</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <source>Lessons and substitutions</source>
        <translation>Lessons and substitutions</translation>
    </message>
    <message>
        <source>Register of substitutions</source>
        <translation>Register of substitutions</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Student movement</source>
        <translation>Student movement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation>Open sessions</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>Login log</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation>Journal settings</translation>
    </message>
    <message>
        <source>Students of my class</source>
        <translation>Students of my class</translation>
    </message>
    <message>
        <source>Subgroups of my class</source>
        <translation>Subgroups of my class</translation>
    </message>
</context>
<context>
    <name>SubjectPagesRenderer</name>
    <message>
        <source>Journal pages of the subject</source>
        <translation>Journal pages of the subject</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Outside the school periods</source>
        <translation>Outside the school periods</translation>
    </message>
    <message>
        <source> h.</source>
        <translation> h.</translation>
    </message>
    <message>
        <source> q.</source>
        <translation> q.</translation>
    </message>
    <message>
        <source>%1, sheet %2 of %3</source>
        <translation>%1, sheet %2 of %3</translation>
    </message>
    <message>
        <source>%1 — marks and attendance</source>
        <translation>%1 — marks and attendance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic of the lesson</source>
        <translation>Topic of the lesson</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>%1 (substitution for %2)</source>
        <translation>%1 (substitution for %2)</translation>
    </message>
    <message>
        <source>%1 — topics and homework</source>
        <translation>%1 — topics and homework</translation>
    </message>
    <message>
        <source>No lessons in this time.</source>
        <translation>No lessons in this time.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. Teacher: %2</source>
        <translation>%1. Teacher: %2</translation>
    </message>
</context>
<context>
    <name>SubstitutionsRegisterRenderer</name>
    <message>
        <source>Register of lesson substitutions</source>
        <translation>Register of lesson substitutions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Teacher absent</source>
        <translation>Teacher absent</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>Substitute teacher</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Substitute&apos;s signature</source>
        <translation>Substitute&apos;s signature</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
</context>
<context>
    <name>cj::client::AbsenceListModel</name>
    <message>
        <source>ill</source>
        <translation>ill</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>unexcused</source>
        <translation>unexcused</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>cj::client::AbsencesScreen</name>
    <message>
        <source>Only without a reason</source>
        <translation>Only without a reason</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Reason for the selected:</source>
        <translation>Reason for the selected:</translation>
    </message>
    <message>
        <source>«б» ill</source>
        <translation>«б» ill</translation>
    </message>
    <message>
        <source>«у» excused</source>
        <translation>«у» excused</translation>
    </message>
    <message>
        <source>«п» unexcused</source>
        <translation>«п» unexcused</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>Medical certificate…</source>
        <translation>Medical certificate…</translation>
    </message>
    <message>
        <source>A document covering several days: every absence of the student in those days, all subjects</source>
        <translation>A document covering several days: every absence of the student in those days, all subjects</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Absences of the class&lt;/h3&gt;Give a reason for each absence: type б, у or п on a row, or use the buttons.</source>
        <translation>&lt;h3&gt;Absences of the class&lt;/h3&gt;Give a reason for each absence: type б, у or п on a row, or use the buttons.</translation>
    </message>
    <message>
        <source>You are not the class teacher of any class.</source>
        <translation>You are not the class teacher of any class.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The class has no subjects yet.</source>
        <translation>The class has no subjects yet.</translation>
    </message>
    <message>
        <source>Absences: %1.</source>
        <translation>Absences: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reason given to %n absence(s).</source>
        <translation>
            <numerusform>Reason given to %n absence.</numerusform>
            <numerusform>Reason given to %n absences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationBatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>student, %1</source>
        <translation>student, %1</translation>
    </message>
    <message>
        <source>parent of %1, %2</source>
        <translation>parent of %1, %2</translation>
    </message>
    <message>
        <source>Activation codes</source>
        <translation>Activation codes</translation>
    </message>
    <message>
        <source>Some codes could not be issued:
%1</source>
        <translation>Some codes could not be issued:
%1</translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationCodesDialog</name>
    <message>
        <source>Activation codes</source>
        <translation>Activation codes</translation>
    </message>
    <message numerus="yes">
        <source>%n activation code(s) issued. The codes are shown only now: print the slips and hand each one to its owner personally. A code works once, for 30 days.</source>
        <translation>
            <numerusform>%n activation code issued. The codes are shown only now: print the slips and hand each one to its owner personally. A code works once, for 30 days.</numerusform>
            <numerusform>%n activation codes issued. The codes are shown only now: print the slips and hand each one to its owner personally. A code works once, for 30 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print slips…</source>
        <translation>Print slips…</translation>
    </message>
    <message>
        <source>Activation slips</source>
        <translation>Activation slips</translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationCodesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Activation code</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentDialog</name>
    <message>
        <source>New teaching assignment</source>
        <translation>New teaching assignment</translation>
    </message>
    <message>
        <source>Teaching assignment</source>
        <translation>Teaching assignment</translation>
    </message>
    <message>
        <source>— the whole class —</source>
        <translation>— the whole class —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Sub&amp;group:</source>
        <translation>Sub&amp;group:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Hours a week:</translation>
    </message>
    <message>
        <source>A subject taught in subgroups needs an assignment for every subgroup. A new teacher of an assignment takes over its lessons and journal.</source>
        <translation>A subject taught in subgroups needs an assignment for every subgroup. A new teacher of an assignment takes over its lessons and journal.</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>Choose the subject.</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Choose the teacher.</translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentProblemsModel</name>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Curriculum, h</source>
        <translation>Curriculum, h</translation>
    </message>
    <message>
        <source>Assigned, h</source>
        <translation>Assigned, h</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentsModel</name>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cj::client::AttendanceChart</name>
    <message>
        <source>for illness</source>
        <translation>for illness</translation>
    </message>
    <message>
        <source>for an excused reason</source>
        <translation>for an excused reason</translation>
    </message>
    <message>
        <source>without an excused reason</source>
        <translation>without an excused reason</translation>
    </message>
    <message>
        <source>Lessons missed</source>
        <translation>Lessons missed</translation>
    </message>
    <message>
        <source>Lessons missed by month: %1</source>
        <translation>Lessons missed by month: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::BellsEditor</name>
    <message>
        <source>Bell schedule</source>
        <translation>Bell schedule</translation>
    </message>
    <message>
        <source>— new schedule —</source>
        <translation>— new schedule —</translation>
    </message>
    <message>
        <source>e.g. Main, or Grade 1 (September–December)</source>
        <translation>e.g. Main, or Grade 1 (September–December)</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>New schedule</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Delete schedule</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Schedule:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Add a lesson</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation>Give the schedule a name.</translation>
    </message>
    <message>
        <source>Delete the bell schedule</source>
        <translation>Delete the bell schedule</translation>
    </message>
    <message>
        <source>Delete the bell schedule «%1»?</source>
        <translation>Delete the bell schedule «%1»?</translation>
    </message>
</context>
<context>
    <name>cj::client::BellsModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Break after, min</source>
        <translation>Break after, min</translation>
    </message>
</context>
<context>
    <name>cj::client::CellEditorDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, lesson %3&lt;br&gt;Topic: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, lesson %3&lt;br&gt;Topic: %4</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Answer in class</source>
        <translation>Answer in class</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>comment for the student and parents</source>
        <translation>comment for the student and parents</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent («н»)</source>
        <translation>Absent («н»)</translation>
    </message>
    <message>
        <source>Late («оп»)</source>
        <translation>Late («оп»)</translation>
    </message>
    <message>
        <source>reason not given</source>
        <translation>reason not given</translation>
    </message>
    <message>
        <source>ill («б»)</source>
        <translation>ill («б»)</translation>
    </message>
    <message>
        <source>excused («у»)</source>
        <translation>excused («у»)</translation>
    </message>
    <message>
        <source>unexcused («п»)</source>
        <translation>unexcused («п»)</translation>
    </message>
    <message>
        <source>Absence reasons are set by the class teacher.</source>
        <translation>Absence reasons are set by the class teacher.</translation>
    </message>
</context>
<context>
    <name>cj::client::CellHistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
</context>
<context>
    <name>cj::client::CellHistoryModel</name>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Homework: %1</translation>
    </message>
    <message>
        <source>correction (approved request)</source>
        <translation>correction (approved request)</translation>
    </message>
    <message>
        <source>absence reason</source>
        <translation>absence reason</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lesson</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Became</translation>
    </message>
</context>
<context>
    <name>cj::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>The password has been changed.</translation>
    </message>
</context>
<context>
    <name>cj::client::ChartsScreen</name>
    <message>
        <source>A pupil&apos;s marks</source>
        <translation>A pupil&apos;s marks</translation>
    </message>
    <message>
        <source>A class&apos;s attendance by month</source>
        <translation>A class&apos;s attendance by month</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Pupil:</source>
        <translation>Pupil:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>All subjects</translation>
    </message>
</context>
<context>
    <name>cj::client::ClassDialog</name>
    <message>
        <source>New class</source>
        <translation>New class</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>e.g. А</source>
        <translation>e.g. А</translation>
    </message>
    <message>
        <source>— not appointed —</source>
        <translation>— not appointed —</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Class &amp;teacher:</source>
        <translation>Class &amp;teacher:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Periods:</translation>
    </message>
    <message>
        <source>&amp;Bells:</source>
        <translation>&amp;Bells:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enter the letter of the class.</source>
        <translation>Enter the letter of the class.</translation>
    </message>
</context>
<context>
    <name>cj::client::ClassesModel</name>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Bells</source>
        <translation>Bells</translation>
    </message>
</context>
<context>
    <name>cj::client::ClassesScreen</name>
    <message>
        <source>New class…</source>
        <translation>New class…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the class</source>
        <translation>Delete the class</translation>
    </message>
    <message>
        <source>Delete class %1? Only a class that never had students or lessons can be deleted.</source>
        <translation>Delete class %1? Only a class that never had students or lessons can be deleted.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Find a class or teacher</source>
        <translation>Find a class or teacher</translation>
    </message>
</context>
<context>
    <name>cj::client::ClientApp</name>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>Your session was ended by the administrator.</source>
        <translation>Your session was ended by the administrator.</translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionListModel</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionRequestDialog</name>
    <message>
        <source>Correction request</source>
        <translation>Correction request</translation>
    </message>
    <message>
        <source>This entry can no longer be changed directly. The change goes to the administrator as a request «Замена сведений в электронном журнале» and is made when approved.</source>
        <translation>This entry can no longer be changed directly. The change goes to the administrator as a request «Замена сведений в электронном журнале» and is made when approved.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>Why the entry must be changed (required), e.g. «the mark was entered for the wrong student»</source>
        <translation>Why the entry must be changed (required), e.g. «the mark was entered for the wrong student»</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>File the request</source>
        <translation>File the request</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>Give the reason for the change.</translation>
    </message>
</context>
<context>
    <name>cj::client::CorrectionsScreen</name>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>Why is the request rejected? (required)</source>
        <translation>Why is the request rejected? (required)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Register of journal corrections&lt;/h3&gt;«Журнал замены сведений»: requests to change locked entries. An approved change is made and logged.</source>
        <translation>&lt;h3&gt;Register of journal corrections&lt;/h3&gt;«Журнал замены сведений»: requests to change locked entries. An approved change is made and logged.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My correction requests&lt;/h3&gt;Changes to locked entries wait for the administrator&apos;s decision.</source>
        <translation>&lt;h3&gt;My correction requests&lt;/h3&gt;Changes to locked entries wait for the administrator&apos;s decision.</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>No requests.</translation>
    </message>
    <message>
        <source>A rejection needs a comment.</source>
        <translation>A rejection needs a comment.</translation>
    </message>
    <message>
        <source>Approved: the change is made in the journal.</source>
        <translation>Approved: the change is made in the journal.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
</context>
<context>
    <name>cj::client::CurriculumModel</name>
    <message>
        <source>Over the maximum weekly hours for the grade</source>
        <translation>Over the maximum weekly hours for the grade</translation>
    </message>
    <message>
        <source>Total a week</source>
        <translation>Total a week</translation>
    </message>
    <message>
        <source>Maximum allowed</source>
        <translation>Maximum allowed</translation>
    </message>
</context>
<context>
    <name>cj::client::CurriculumScreen</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Type the hours a week into a cell (in steps of 0.5; 0 removes the subject from the class&apos;s plan). The total turns red when it is over the maximum for the grade.</source>
        <translation>Type the hours a week into a cell (in steps of 0.5; 0 removes the subject from the class&apos;s plan). The total turns red when it is over the maximum for the grade.</translation>
    </message>
    <message>
        <source>The total turns red when it is over the maximum for the grade.</source>
        <translation>The total turns red when it is over the maximum for the grade.</translation>
    </message>
</context>
<context>
    <name>cj::client::DateEdit</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>cj::client::DiaryModel</name>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>exam</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
</context>
<context>
    <name>cj::client::DiaryScreen</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diary: %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Diary: %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Period and year marks: %1</source>
        <translation>Period and year marks: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::FieldSet</name>
    <message>
        <source>Fill in “%1”.</source>
        <translation>Fill in “%1”.</translation>
    </message>
</context>
<context>
    <name>cj::client::FilterBar</name>
    <message>
        <source>Academic year:</source>
        <translation>Academic year:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
</context>
<context>
    <name>cj::client::FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cj::client::GenerateLessonsDialog</name>
    <message>
        <source>Generate lessons from the schedule</source>
        <translation>Generate lessons from the schedule</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Weekends, holidays and days outside the class&apos;s quarters (halves) are skipped. Lessons no longer in the schedule are removed unless the journal already has something for them.</source>
        <translation>Weekends, holidays and days outside the class&apos;s quarters (halves) are skipped. Lessons no longer in the schedule are removed unless the journal already has something for them.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>The end must not come before the start.</source>
        <translation>The end must not come before the start.</translation>
    </message>
    <message>
        <source>Lessons created: %1; removed: %2.</source>
        <translation>Lessons created: %1; removed: %2.</translation>
    </message>
    <message>
        <source>%1, lesson %2: %3, %4</source>
        <translation>%1, lesson %2: %3, %4</translation>
    </message>
    <message>
        <source>No longer in the schedule but kept because the journal has data for them:</source>
        <translation>No longer in the schedule but kept because the journal has data for them:</translation>
    </message>
</context>
<context>
    <name>cj::client::GridEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
</context>
<context>
    <name>cj::client::GuardianDialog</name>
    <message>
        <source>New legal representative</source>
        <translation>New legal representative</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>father</source>
        <translation>father</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>trustee</source>
        <translation>trustee</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>grandmother</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>grandfather</translation>
    </message>
    <message>
        <source>&amp;Who to the child:</source>
        <translation>&amp;Who to the child:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>+7 …</source>
        <translation>+7 …</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Workplace:</translation>
    </message>
</context>
<context>
    <name>cj::client::GuardiansModel</name>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Parent account</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>cj::client::GuardiansPanel</name>
    <message>
        <source>parent of %1, %2</source>
        <translation>parent of %1, %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove from the card</source>
        <translation>Remove from the card</translation>
    </message>
    <message>
        <source>Remove the legal representative</source>
        <translation>Remove the legal representative</translation>
    </message>
    <message>
        <source>Remove %1 from the student&apos;s card?</source>
        <translation>Remove %1 from the student&apos;s card?</translation>
    </message>
    <message>
        <source>Parent account and slip…</source>
        <translation>Parent account and slip…</translation>
    </message>
</context>
<context>
    <name>cj::client::HolidayDialog</name>
    <message>
        <source>New holidays</source>
        <translation>New holidays</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>e.g. Autumn holidays</source>
        <translation>e.g. Autumn holidays</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>The whole school</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grade %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Holidays last at least 7 days. No lessons are generated on these days.</source>
        <translation>Holidays last at least 7 days. No lessons are generated on these days.</translation>
    </message>
    <message>
        <source>Enter the name of the holidays.</source>
        <translation>Enter the name of the holidays.</translation>
    </message>
    <message>
        <source>The last day must not come before the first day.</source>
        <translation>The last day must not come before the first day.</translation>
    </message>
    <message>
        <source>Choose the grades the holidays are for.</source>
        <translation>Choose the grades the holidays are for.</translation>
    </message>
</context>
<context>
    <name>cj::client::HolidaysModel</name>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
</context>
<context>
    <name>cj::client::HolidaysPanel</name>
    <message>
        <source>Add holidays…</source>
        <translation>Add holidays…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete holidays</source>
        <translation>Delete holidays</translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation>Delete «%1»?</translation>
    </message>
</context>
<context>
    <name>cj::client::HomePage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the journal page</source>
        <translation>Double-click or press Enter to open the journal page</translation>
    </message>
    <message>
        <source>&lt;b&gt;No lessons of yours today.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No lessons of yours today.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s lessons&lt;/b&gt; — double-click one to open its journal page:</source>
        <translation>&lt;b&gt;Today&apos;s lessons&lt;/b&gt; — double-click one to open its journal page:</translation>
    </message>
</context>
<context>
    <name>cj::client::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>cj::client::ImportScreen</name>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>students</source>
        <translation>students</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>no file chosen</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>A CSV file (as Excel saves it, separated by ; or ,) whose first line names the columns. Students: Фамилия*, Имя*, Отчество, Пол, Дата рождения, Класс*, Дата зачисления, Номер приказа*, Адрес, Телефон, СНИЛС, Группа здоровья. Staff: Фамилия*, Имя*, Отчество, Должность, Роли, Email, Телефон, Логин. * — required.</source>
        <translation>A CSV file (as Excel saves it, separated by ; or ,) whose first line names the columns. Students: Фамилия*, Имя*, Отчество, Пол, Дата рождения, Класс*, Дата зачисления, Номер приказа*, Адрес, Телефон, СНИЛС, Группа здоровья. Staff: Фамилия*, Имя*, Отчество, Должность, Роли, Email, Телефон, Логин. * — required.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Rows: %1; ready to import: %2; with errors: %3</source>
        <translation>Rows: %1; ready to import: %2; with errors: %3</translation>
    </message>
    <message>
        <source>Columns not recognised and left out: %1</source>
        <translation>Columns not recognised and left out: %1</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n correct row(s)</source>
        <translation>
            <numerusform>Import the %n correct row</numerusform>
            <numerusform>Import the %n correct rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 rows and skip %2 rows with errors? Each row is imported entirely or not at all.</source>
        <translation>Import %1 rows and skip %2 rows with errors? Each row is imported entirely or not at all.</translation>
    </message>
    <message>
        <source>Import %1 rows?</source>
        <translation>Import %1 rows?</translation>
    </message>
    <message>
        <source>Imported: %1; skipped: %2.</source>
        <translation>Imported: %1; skipped: %2.</translation>
    </message>
    <message>
        <source>The file has been imported.</source>
        <translation>The file has been imported.</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalHeaderView</name>
    <message>
        <source>%1 l.</source>
        <translation>%1 l.</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>no topic</translation>
    </message>
    <message>
        <source>subst.</source>
        <translation>subst.</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPageEditor</name>
    <message>
        <source>Absence reasons are set by the class teacher.</source>
        <translation>Absence reasons are set by the class teacher.</translation>
    </message>
    <message>
        <source>Final mark %1 — %2</source>
        <translation>Final mark %1 — %2</translation>
    </message>
    <message>
        <source>Clear %1, %2</source>
        <translation>Clear %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Clear a cell</source>
        <translation>Clear a cell</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Everyone present, %1</source>
        <translation>Everyone present, %1</translation>
    </message>
    <message>
        <source>Kind of work «%1» for %2</source>
        <translation>Kind of work «%1» for %2</translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation>answer in class</translation>
    </message>
    <message>
        <source>Lesson of %1</source>
        <translation>Lesson of %1</translation>
    </message>
    <message>
        <source>Some cells were not pasted: %1</source>
        <translation>Some cells were not pasted: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPageModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, weight %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, weight %3</translation>
    </message>
    <message>
        <source>answer in class</source>
        <translation>answer in class</translation>
    </message>
    <message>
        <source>Absent: ill</source>
        <translation>Absent: ill</translation>
    </message>
    <message>
        <source>Absent: excused</source>
        <translation>Absent: excused</translation>
    </message>
    <message>
        <source>Absent: unexcused</source>
        <translation>Absent: unexcused</translation>
    </message>
    <message>
        <source>Absent (no reason given yet)</source>
        <translation>Absent (no reason given yet)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not saved yet — on its way to the server&lt;/i&gt;</source>
        <translation>&lt;i&gt;Not saved yet — on its way to the server&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Too few marks for a forecast: %1 of at least %2.</source>
        <translation>Too few marks for a forecast: %1 of at least %2.</translation>
    </message>
    <message>
        <source>Forecast of the period mark: the %1 rounded with thresholds %2 / %3 / %4.</source>
        <translation>Forecast of the period mark: the %1 rounded with thresholds %2 / %3 / %4.</translation>
    </message>
    <message>
        <source>weighted average</source>
        <translation>weighted average</translation>
    </message>
    <message>
        <source>average</source>
        <translation>average</translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation>Entered by %1, %2</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Forecast: %1</translation>
    </message>
    <message>
        <source>Exempt from the subject in this period</source>
        <translation>Exempt from the subject in this period</translation>
    </message>
    <message>
        <source>Not saved yet — on its way to the server</source>
        <translation>Not saved yet — on its way to the server</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Avg</translation>
    </message>
    <message>
        <source>W.avg</source>
        <translation>W.avg</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>Fcst</source>
        <translation>Fcst</translation>
    </message>
    <message>
        <source>%1 half</source>
        <translation>%1 half</translation>
    </message>
    <message>
        <source>%1 qtr</source>
        <translation>%1 qtr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Average mark for the period</source>
        <translation>Average mark for the period</translation>
    </message>
    <message>
        <source>Weighted average: marks weighted by the kind of work</source>
        <translation>Weighted average: marks weighted by the kind of work</translation>
    </message>
    <message>
        <source>Number of marks (a double mark counts twice)</source>
        <translation>Number of marks (a double mark counts twice)</translation>
    </message>
    <message>
        <source>Forecast of the period mark</source>
        <translation>Forecast of the period mark</translation>
    </message>
    <message>
        <source>Period mark: %1</source>
        <translation>Period mark: %1</translation>
    </message>
    <message>
        <source>Year mark</source>
        <translation>Year mark</translation>
    </message>
    <message>
        <source>Exam mark</source>
        <translation>Exam mark</translation>
    </message>
    <message>
        <source>Final (certificate) mark</source>
        <translation>Final (certificate) mark</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>lesson %1</translation>
    </message>
    <message>
        <source>No topic yet</source>
        <translation>No topic yet</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Homework: %1</translation>
    </message>
    <message>
        <source>Kind of work: %1 (weight %2)</source>
        <translation>Kind of work: %1 (weight %2)</translation>
    </message>
    <message>
        <source>Substitution: %1</source>
        <translation>Substitution: %1</translation>
    </message>
    <message>
        <source>Extra lesson</source>
        <translation>Extra lesson</translation>
    </message>
    <message>
        <source>On the list from %1</source>
        <translation>On the list from %1</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Left on %1</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPagesModel</name>
    <message>
        <source>%1 — substitution on %2, lesson %3 (instead of %4)</source>
        <translation>%1 — substitution on %2, lesson %3 (instead of %4)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalPagesScreen</name>
    <message>
        <source>Open the journal page</source>
        <translation>Open the journal page</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My classes&lt;/h3&gt;The classes and groups you teach, and the lessons you substitute.</source>
        <translation>&lt;h3&gt;My classes&lt;/h3&gt;The classes and groups you teach, and the lessons you substitute.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My class&lt;/h3&gt;Every subject of your class. You set absence reasons and period marks; the rest is for reading.</source>
        <translation>&lt;h3&gt;My class&lt;/h3&gt;Every subject of your class. You set absence reasons and period marks; the rest is for reading.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Class journals&lt;/h3&gt;Choose a class, then a subject.</source>
        <translation>&lt;h3&gt;Class journals&lt;/h3&gt;Choose a class, then a subject.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>You have no teaching assignments this year.</source>
        <translation>You have no teaching assignments this year.</translation>
    </message>
    <message>
        <source>No classes.</source>
        <translation>No classes.</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalScreen</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <source>Clear the absences of the current lesson</source>
        <translation>Clear the absences of the current lesson</translation>
    </message>
    <message>
        <source>Kind of work for all</source>
        <translation>Kind of work for all</translation>
    </message>
    <message>
        <source>Give all marks of the current lesson the same kind of work</source>
        <translation>Give all marks of the current lesson the same kind of work</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Ctrl+C: cells as tab-separated text</source>
        <translation>Ctrl+C: cells as tab-separated text</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Ctrl+V: from a spreadsheet or another column</source>
        <translation>Ctrl+V: from a spreadsheet or another column</translation>
    </message>
    <message>
        <source>Lesson plan (КТП)</source>
        <translation>Lesson plan (КТП)</translation>
    </message>
    <message>
        <source>Keys ?</source>
        <translation>Keys ?</translation>
    </message>
    <message>
        <source>Typing in the journal</source>
        <translation>Typing in the journal</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>The journal page could not be opened: %1</source>
        <translation>The journal page could not be opened: %1</translation>
    </message>
    <message>
        <source>This cell cannot be changed here.</source>
        <translation>This cell cannot be changed here.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Opening the journal page…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Opening the journal page…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>grade 1: attendance only</source>
        <translation>grade 1: attendance only</translation>
    </message>
    <message>
        <source>Answer in class</source>
        <translation>Answer in class</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message numerus="yes">
        <source>Saving… %n change(s) not yet confirmed</source>
        <translation>
            <numerusform>Saving… %n change not yet confirmed</numerusform>
            <numerusform>Saving… %n changes not yet confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ All changes saved</translation>
    </message>
    <message>
        <source>The entry is locked</source>
        <translation>The entry is locked</translation>
    </message>
    <message>
        <source>File a correction request for this change?</source>
        <translation>File a correction request for this change?</translation>
    </message>
    <message>
        <source>File a correction request</source>
        <translation>File a correction request</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The correction request was filed. The change is made when the administrator approves it.</source>
        <translation>The correction request was filed. The change is made when the administrator approves it.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Open the cell…</source>
        <translation>Open the cell…</translation>
    </message>
    <message>
        <source>File a correction request…</source>
        <translation>File a correction request…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>КТП %1</source>
        <translation>КТП %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lesson of %1</source>
        <translation>Lesson of %1</translation>
    </message>
    <message>
        <source>History of the cell…</source>
        <translation>History of the cell…</translation>
    </message>
    <message>
        <source>History of the lesson&apos;s topic and homework…</source>
        <translation>History of the lesson&apos;s topic and homework…</translation>
    </message>
    <message>
        <source>Diary of %1</source>
        <translation>Diary of %1</translation>
    </message>
    <message>
        <source>Diary: %1</source>
        <translation>Diary: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::JournalSettingsScreen</name>
    <message>
        <source>Entry windows: how long after the lesson entries stay open</source>
        <translation>Entry windows: how long after the lesson entries stay open</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Topic of the lesson</source>
        <translation>Topic of the lesson</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Oral marks</source>
        <translation>Oral marks</translation>
    </message>
    <message>
        <source>Marks for written work</source>
        <translation>Marks for written work</translation>
    </message>
    <message>
        <source>Written work in Russian and literature</source>
        <translation>Written work in Russian and literature</translation>
    </message>
    <message>
        <source>Period and year marks (after the period ends)</source>
        <translation>Period and year marks (after the period ends)</translation>
    </message>
    <message>
        <source>Exam and final marks (after the year ends)</source>
        <translation>Exam and final marks (after the year ends)</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source> d.</source>
        <translation> d.</translation>
    </message>
    <message>
        <source>0: the lesson&apos;s day only</source>
        <translation>0: the lesson&apos;s day only</translation>
    </message>
    <message>
        <source>Period marks open before the period ends</source>
        <translation>Period marks open before the period ends</translation>
    </message>
    <message>
        <source>Period marks from the average</source>
        <translation>Period marks from the average</translation>
    </message>
    <message>
        <source>2.5 / 3.5 / 4.5 — arithmetic rounding</source>
        <translation>2.5 / 3.5 / 4.5 — arithmetic rounding</translation>
    </message>
    <message>
        <source>2.6 / 3.6 / 4.6</source>
        <translation>2.6 / 3.6 / 4.6</translation>
    </message>
    <message>
        <source>2.65 / 3.65 / 4.65</source>
        <translation>2.65 / 3.65 / 4.65</translation>
    </message>
    <message>
        <source>other thresholds</source>
        <translation>other thresholds</translation>
    </message>
    <message>
        <source>round the weighted average (kinds of work have weights)</source>
        <translation>round the weighted average (kinds of work have weights)</translation>
    </message>
    <message>
        <source>a «2» for a control work blocks a «5»</source>
        <translation>a «2» for a control work blocks a «5»</translation>
    </message>
    <message>
        <source>the mark «1» is used in this school</source>
        <translation>the mark «1» is used in this school</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>Thresholds:</translation>
    </message>
    <message>
        <source>At least this many marks for a forecast:</source>
        <translation>At least this many marks for a forecast:</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Kinds of work and their weights</source>
        <translation>Kinds of work and their weights</translation>
    </message>
    <message>
        <source>Add a kind of work</source>
        <translation>Add a kind of work</translation>
    </message>
    <message>
        <source>New kind of work</source>
        <translation>New kind of work</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journal settings&lt;/h3&gt;The school&apos;s own rules for the journal (its local act).</source>
        <translation>&lt;h3&gt;Journal settings&lt;/h3&gt;The school&apos;s own rules for the journal (its local act).</translation>
    </message>
    <message>
        <source>The thresholds must rise: «3» &lt; «4» &lt; «5».</source>
        <translation>The thresholds must rise: «3» &lt; «4» &lt; «5».</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved. Open journal pages use the new settings when reopened.</source>
        <translation>Saved. Open journal pages use the new settings when reopened.</translation>
    </message>
    <message>
        <source>Kind of work not saved: %1</source>
        <translation>Kind of work not saved: %1</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonDialog</name>
    <message>
        <source>Extra or moved lesson: %1</source>
        <translation>Extra or moved lesson: %1</translation>
    </message>
    <message>
        <source>Moved from another day</source>
        <translation>Moved from another day</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Lesson &amp;number:</source>
        <translation>Lesson &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Moved &amp;from:</source>
        <translation>Moved &amp;from:</translation>
    </message>
    <message>
        <source>Add the lesson</source>
        <translation>Add the lesson</translation>
    </message>
    <message>
        <source>Choose the subject and teacher.</source>
        <translation>Choose the subject and teacher.</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonPanel</name>
    <message>
        <source>Topic of the lesson (required)</source>
        <translation>Topic of the lesson (required)</translation>
    </message>
    <message>
        <source>Homework: text, pages, exercises</source>
        <translation>Homework: text, pages, exercises</translation>
    </message>
    <message>
        <source>The kind of work new marks of this lesson get (and its weight)</source>
        <translation>The kind of work new marks of this lesson get (and its weight)</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>Kind of work:</source>
        <translation>Kind of work:</translation>
    </message>
    <message>
        <source>Homework:</source>
        <translation>Homework:</translation>
    </message>
    <message>
        <source>Answer in class (1)</source>
        <translation>Answer in class (1)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a lesson in the grid&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choose a lesson in the grid&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lesson %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, lesson %2</translation>
    </message>
    <message>
        <source> — substitution: %1</source>
        <translation> — substitution: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;%1&apos; style=&apos;color:#b00020&apos;&gt;Lessons without a topic: %2&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;%1&apos; style=&apos;color:#b00020&apos;&gt;Lessons without a topic: %2&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>Substitute teacher</translation>
    </message>
</context>
<context>
    <name>cj::client::LessonsScreen</name>
    <message>
        <source>Generate lessons…</source>
        <translation>Generate lessons…</translation>
    </message>
    <message>
        <source>Extra or moved lesson…</source>
        <translation>Extra or moved lesson…</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Delete lesson</translation>
    </message>
    <message>
        <source>Delete the lesson</source>
        <translation>Delete the lesson</translation>
    </message>
    <message>
        <source>Delete this lesson from the calendar? A lesson with marks, attendance or a topic cannot be deleted.</source>
        <translation>Delete this lesson from the calendar? A lesson with marks, attendance or a topic cannot be deleted.</translation>
    </message>
    <message>
        <source>Substitution…</source>
        <translation>Substitution…</translation>
    </message>
    <message>
        <source>Cancel substitution</source>
        <translation>Cancel substitution</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Find a subject or teacher</source>
        <translation>Find a subject or teacher</translation>
    </message>
    <message>
        <source>Generate lessons</source>
        <translation>Generate lessons</translation>
    </message>
</context>
<context>
    <name>cj::client::ListScreen</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>%1, printed %2</source>
        <translation>%1, printed %2</translation>
    </message>
</context>
<context>
    <name>cj::client::LoginDialog</name>
    <message>
        <source>ClassJournal — sign in</source>
        <translation>ClassJournal — sign in</translation>
    </message>
    <message>
        <source>&lt;b&gt;Electronic class journal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Electronic class journal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>server name or address, e.g. journal.school.local</source>
        <translation>server name or address, e.g. journal.school.local</translation>
    </message>
    <message>
        <source>First sign-in: I have an activation code</source>
        <translation>First sign-in: I have an activation code</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>Activation &amp;code:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits.</source>
        <translation>At least 8 characters, letters and digits.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Cannot connect to the server: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Enter the server as name or name:port.</source>
        <translation>Enter the server as name or name:port.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Enter the activation code you were given.</source>
        <translation>Enter the activation code you were given.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed!</source>
        <translation>The server&apos;s certificate has changed!</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server %1 presented a different certificate than before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This happens when the server was reinstalled — or when someone is intercepting the connection to read passwords and marks. Ask the journal administrator before you continue.&lt;/p&gt;&lt;p&gt;Known: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;The server %1 presented a different certificate than before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This happens when the server was reinstalled — or when someone is intercepting the connection to read passwords and marks. Ask the journal administrator before you continue.&lt;/p&gt;&lt;p&gt;Known: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Presented: &lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Trust the new certificate</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate is not trusted.</source>
        <translation>Not connected: the server&apos;s certificate is not trusted.</translation>
    </message>
</context>
<context>
    <name>cj::client::LoginLogModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>cj::client::LoginLogScreen</name>
    <message>
        <source>Login log</source>
        <translation>Login log</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Find a login, computer or address</source>
        <translation>Find a login, computer or address</translation>
    </message>
</context>
<context>
    <name>cj::client::MainWindow</name>
    <message>
        <source>ClassJournal</source>
        <translation>ClassJournal</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ClassJournal</source>
        <translation>&amp;About ClassJournal</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>No connection to the server — reconnecting</source>
        <translation>No connection to the server — reconnecting</translation>
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
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ClassJournal — %1</source>
        <translation>ClassJournal — %1</translation>
    </message>
    <message>
        <source>About ClassJournal</source>
        <translation>About ClassJournal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ClassJournal %1&lt;/h3&gt;&lt;p&gt;Electronic class journal for general education schools.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ClassJournal %1&lt;/h3&gt;&lt;p&gt;Electronic class journal for general education schools.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cj::client::MarkDynamicsChart</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Average for the month</source>
        <translation>Average for the month</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>%1: no marks in this time</source>
        <translation>%1: no marks in this time</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: average marks by month</source>
        <translation>%1: average marks by month</translation>
    </message>
</context>
<context>
    <name>cj::client::MedicalCertificateDialog</name>
    <message>
        <source>Medical certificate or other document</source>
        <translation>Medical certificate or other document</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>To (inclusive):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Apply to every absence in these days</source>
        <translation>Apply to every absence in these days</translation>
    </message>
</context>
<context>
    <name>cj::client::MovementDialog</name>
    <message>
        <source>Transfer to another class: %1</source>
        <translation>Transfer to another class: %1</translation>
    </message>
    <message>
        <source>Leaving the school: %1</source>
        <translation>Leaving the school: %1</translation>
    </message>
    <message>
        <source>Return to the school: %1</source>
        <translation>Return to the school: %1</translation>
    </message>
    <message>
        <source>To &amp;class: *</source>
        <translation>To &amp;class: *</translation>
    </message>
    <message>
        <source>First day off the list: *</source>
        <translation>First day off the list: *</translation>
    </message>
    <message>
        <source>In the new class from: *</source>
        <translation>In the new class from: *</translation>
    </message>
    <message>
        <source>&amp;Order No.: *</source>
        <translation>&amp;Order No.: *</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>Order &amp;date:</translation>
    </message>
    <message>
        <source>school, town</source>
        <translation>school, town</translation>
    </message>
    <message>
        <source>Left &amp;for:</source>
        <translation>Left &amp;for:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>Came &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Nothing is deleted: the student stays in the journal, greyed from this date.</source>
        <translation>Nothing is deleted: the student stays in the journal, greyed from this date.</translation>
    </message>
    <message>
        <source>Marks and attendance before this date stay in the journal of the previous class.</source>
        <translation>Marks and attendance before this date stay in the journal of the previous class.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>Record leaving</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation>Choose the class.</translation>
    </message>
    <message>
        <source>Enter the number of the order.</source>
        <translation>Enter the number of the order.</translation>
    </message>
</context>
<context>
    <name>cj::client::MovementsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>From class</source>
        <translation>From class</translation>
    </message>
    <message>
        <source>To class</source>
        <translation>To class</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Where from / where to</source>
        <translation>Where from / where to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>cj::client::MovementsScreen</name>
    <message>
        <source>Student movement</source>
        <translation>Student movement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Find a student or order</source>
        <translation>Find a student or order</translation>
    </message>
</context>
<context>
    <name>cj::client::NamesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>cj::client::PeriodsEditor</name>
    <message>
        <source>Quarters (grades 1–9 by default)</source>
        <translation>Quarters (grades 1–9 by default)</translation>
    </message>
    <message>
        <source>Halves (grades 10–11 by default)</source>
        <translation>Halves (grades 10–11 by default)</translation>
    </message>
    <message>
        <source>Add a quarter</source>
        <translation>Add a quarter</translation>
    </message>
    <message>
        <source>Add a half</source>
        <translation>Add a half</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation>%1 quarter</translation>
    </message>
    <message>
        <source>%1 half</source>
        <translation>%1 half</translation>
    </message>
</context>
<context>
    <name>cj::client::PeriodsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>cj::client::PlanItemsModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
</context>
<context>
    <name>cj::client::PlanScreen</name>
    <message>
        <source>Add a topic</source>
        <translation>Add a topic</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Columns: №;Тема;Часы;Домашнее задание (number and hours optional), «;» or «,» separated</source>
        <translation>Columns: №;Тема;Часы;Домашнее задание (number and hours optional), «;» or «,» separated</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Spread topics over lessons</source>
        <translation>Spread topics over lessons</translation>
    </message>
    <message>
        <source>Lessons from the date that have no topic get the next topics of the plan, in order (a topic of N hours fills N lessons)</source>
        <translation>Lessons from the date that have no topic get the next topics of the plan, in order (a topic of N hours fills N lessons)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; by the curriculum: &lt;b&gt;%2&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; lessons in the schedule: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; given so far: &lt;b&gt;%4&lt;/b&gt;, with a topic: &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Planned: &lt;b&gt;%1&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; by the curriculum: &lt;b&gt;%2&lt;/b&gt; h &amp;nbsp;·&amp;nbsp; lessons in the schedule: &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; given so far: &lt;b&gt;%4&lt;/b&gt;, with a topic: &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The planned hours differ from the curriculum by %1 h.</source>
        <translation>The planned hours differ from the curriculum by %1 h.</translation>
    </message>
    <message>
        <source>The plan has no topics.</source>
        <translation>The plan has no topics.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The plan is saved.</source>
        <translation>The plan is saved.</translation>
    </message>
    <message>
        <source>Save the plan first.</source>
        <translation>Save the plan first.</translation>
    </message>
    <message numerus="yes">
        <source>Topics given to %n lesson(s).</source>
        <translation>
            <numerusform>Topics given to %n lesson.</numerusform>
            <numerusform>Topics given to %n lessons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a lesson plan</source>
        <translation>Import a lesson plan</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Topics read from the file: %1.</source>
        <translation>Topics read from the file: %1.</translation>
    </message>
    <message>
        <source>Lines with errors (skipped):</source>
        <translation>Lines with errors (skipped):</translation>
    </message>
    <message>
        <source>Replace the topics of the list with these? (Save the plan afterwards.)</source>
        <translation>Replace the topics of the list with these? (Save the plan afterwards.)</translation>
    </message>
    <message>
        <source>Imported; save the plan to keep it.</source>
        <translation>Imported; save the plan to keep it.</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n line(s) skipped; save the plan to keep it.</source>
        <translation>
            <numerusform>Imported with %n line skipped; save the plan to keep it.</numerusform>
            <numerusform>Imported with %n lines skipped; save the plan to keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::ReportParametersDialog</name>
    <message>
        <source>Make the report</source>
        <translation>Make the report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>The first day is after the last one.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>The whole school year</source>
        <translation>The whole school year</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>On the day:</source>
        <translation>On the day:</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Awaiting a decision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requests:</translation>
    </message>
    <message>
        <source>There is no class you may print this report for.</source>
        <translation>There is no class you may print this report for.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>The whole school</translation>
    </message>
    <message>
        <source>Every class (one document each)</source>
        <translation>Every class (one document each)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Period %1 (quarter or half by the class&apos;s scheme)</source>
        <translation>Period %1 (quarter or half by the class&apos;s scheme)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cj::client::ReportPreviewDialog</name>
    <message numerus="yes">
        <source>%1 — %n document(s)</source>
        <translation>
            <numerusform>%1 — %n document</numerusform>
            <numerusform>%1 — %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Tables for Excel (*.csv)</source>
        <translation>Tables for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Saving PDF…</source>
        <translation>Saving PDF…</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>cj::client::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Charts: marks and attendance</source>
        <translation>&amp;Charts: marks and attendance</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleScreen</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>of a class</source>
        <translation>of a class</translation>
    </message>
    <message>
        <source>of a teacher</source>
        <translation>of a teacher</translation>
    </message>
    <message>
        <source>of a room</source>
        <translation>of a room</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Week of:</translation>
    </message>
    <message>
        <source>Double-click a lesson to change it or an empty cell to put a lesson there. Changes take effect from the date you choose; lessons already held stay as they were.</source>
        <translation>Double-click a lesson to change it or an empty cell to put a lesson there. Changes take effect from the date you choose; lessons already held stay as they were.</translation>
    </message>
    <message>
        <source>The schedule is edited in the week of a class.</source>
        <translation>The schedule is edited in the week of a class.</translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleSlotDialog</name>
    <message>
        <source>%1 — %2, lesson %3</source>
        <translation>%1 — %2, lesson %3</translation>
    </message>
    <message>
        <source>— keep it and add another lesson (another subgroup) —</source>
        <translation>— keep it and add another lesson (another subgroup) —</translation>
    </message>
    <message>
        <source>replace: %1</source>
        <translation>replace: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this slot now:</source>
        <translation>In this slot now:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <source>Take the chosen lesson out from this date</source>
        <translation>Take the chosen lesson out from this date</translation>
    </message>
    <message>
        <source>Lessons on the calendar are created from the schedule with «Generate lessons» on the lessons screen.</source>
        <translation>Lessons on the calendar are created from the schedule with «Generate lessons» on the lessons screen.</translation>
    </message>
    <message>
        <source>Put into the schedule</source>
        <translation>Put into the schedule</translation>
    </message>
    <message>
        <source>Choose what is taught: the teaching load has the choices.</source>
        <translation>Choose what is taught: the teaching load has the choices.</translation>
    </message>
    <message>
        <source>Take «%1» out of the schedule from %2?</source>
        <translation>Take «%1» out of the schedule from %2?</translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleWeekModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>room %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <source>Lesson %1
%2–%3</source>
        <translation>Lesson %1
%2–%3</translation>
    </message>
</context>
<context>
    <name>cj::client::SessionsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
</context>
<context>
    <name>cj::client::SessionsScreen</name>
    <message>
        <source>End session</source>
        <translation>End session</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>End sessions</translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s)? Unsaved work on those computers is sent when they sign in again.</source>
        <translation>
            <numerusform>End %n session? Unsaved work on those computers is sent when they sign in again.</numerusform>
            <numerusform>End %n sessions? Unsaved work on those computers is sent when they sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Find a person or computer</source>
        <translation>Find a person or computer</translation>
    </message>
</context>
<context>
    <name>cj::client::StudentCardDialog</name>
    <message>
        <source>Enrolment of a student</source>
        <translation>Enrolment of a student</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enrolment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enrolment&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. 112-у</source>
        <translation>e.g. 112-у</translation>
    </message>
    <message>
        <source>school, town; empty for a first-grader</source>
        <translation>school, town; empty for a first-grader</translation>
    </message>
    <message>
        <source>To &amp;class: *</source>
        <translation>To &amp;class: *</translation>
    </message>
    <message>
        <source>Enrolled &amp;on: *</source>
        <translation>Enrolled &amp;on: *</translation>
    </message>
    <message>
        <source>&amp;Order No.: *</source>
        <translation>&amp;Order No.: *</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>Order &amp;date:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>Came &amp;from:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Personal card: %1</source>
        <translation>Personal card: %1</translation>
    </message>
    <message>
        <source>Personal card</source>
        <translation>Personal card</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Legal representatives</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: from %2 to %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1: from %2</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Classes: %1</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>SNI&amp;LS:</source>
        <translation>SNI&amp;LS:</translation>
    </message>
    <message>
        <source>&amp;Health group:</source>
        <translation>&amp;Health group:</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>preparatory</source>
        <translation>preparatory</translation>
    </message>
    <message>
        <source>special</source>
        <translation>special</translation>
    </message>
    <message>
        <source>P&amp;E group:</source>
        <translation>P&amp;E group:</translation>
    </message>
    <message>
        <source>Consent to personal data processing (152-FZ)</source>
        <translation>Consent to personal data processing (152-FZ)</translation>
    </message>
    <message>
        <source>Date of &amp;consent:</source>
        <translation>Date of &amp;consent:</translation>
    </message>
    <message>
        <source>Personal &amp;file No.:</source>
        <translation>Personal &amp;file No.:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation>Choose the class.</translation>
    </message>
    <message>
        <source>Enter the number of the enrolment order.</source>
        <translation>Enter the number of the enrolment order.</translation>
    </message>
</context>
<context>
    <name>cj::client::StudentsModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Left the class on %1</source>
        <translation>Left the class on %1</translation>
    </message>
</context>
<context>
    <name>cj::client::StudentsScreen</name>
    <message>
        <source>Enrol…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <source>Personal card…</source>
        <translation>Personal card…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Leaving…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Account and slip for the selected student…</source>
        <translation>Account and slip for the selected student…</translation>
    </message>
    <message>
        <source>Slips for all students of the class…</source>
        <translation>Slips for all students of the class…</translation>
    </message>
    <message>
        <source>Slips for all parents of the class…</source>
        <translation>Slips for all parents of the class…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>List of students</source>
        <translation>List of students</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Show students who left</source>
        <translation>Show students who left</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Find by name</translation>
    </message>
    <message>
        <source>Personal card</source>
        <translation>Personal card</translation>
    </message>
    <message>
        <source>student, %1</source>
        <translation>student, %1</translation>
    </message>
    <message>
        <source>Issue new activation codes to all parents of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</source>
        <translation>Issue new activation codes to all parents of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</translation>
    </message>
    <message>
        <source>Issue new activation codes to all students of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</source>
        <translation>Issue new activation codes to all students of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</translation>
    </message>
    <message>
        <source>Activation slips for the class</source>
        <translation>Activation slips for the class</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupDialog</name>
    <message>
        <source>New subgroup of class %1</source>
        <translation>New subgroup of class %1</translation>
    </message>
    <message>
        <source>Group 1</source>
        <translation>Group 1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Classes are usually split in two for foreign languages, technology, informatics and practical work. Put the students into the subgroups afterwards.</source>
        <translation>Classes are usually split in two for foreign languages, technology, informatics and practical work. Put the students into the subgroups afterwards.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enter the name of the subgroup.</source>
        <translation>Enter the name of the subgroup.</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>Choose the subject.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupMembersDialog</name>
    <message>
        <source>Students of «%1» (%2)</source>
        <translation>Students of «%1» (%2)</translation>
    </message>
    <message>
        <source>Tick the students to move into this subgroup (those already in it are ticked and greyed; to take a student out, move them into another subgroup). The move takes effect at the start of the next quarter (half); until then the marks stay in the old subgroup.</source>
        <translation>Tick the students to move into this subgroup (those already in it are ticked and greyed; to take a student out, move them into another subgroup). The move takes effect at the start of the next quarter (half); until then the marks stay in the old subgroup.</translation>
    </message>
    <message>
        <source>Move into the subgroup</source>
        <translation>Move into the subgroup</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupMembersModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>In the subgroup from</source>
        <translation>In the subgroup from</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupsModel</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupsScreen</name>
    <message>
        <source>New subgroup…</source>
        <translation>New subgroup…</translation>
    </message>
    <message>
        <source>Students…</source>
        <translation>Students…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the subgroup</source>
        <translation>Delete the subgroup</translation>
    </message>
    <message>
        <source>Delete the subgroup «%1»? Only a subgroup without lessons can be deleted.</source>
        <translation>Delete the subgroup «%1»? Only a subgroup without lessons can be deleted.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&lt;b&gt;Students of the subgroup&lt;/b&gt;</source>
        <translation>&lt;b&gt;Students of the subgroup&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The move takes effect from %1 (the start of the next period); the history is kept.</source>
        <translation>The move takes effect from %1 (the start of the next period); the history is kept.</translation>
    </message>
    <message>
        <source>Students who were in no subgroup of this subject are in it from today.</source>
        <translation>Students who were in no subgroup of this subject are in it from today.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectDialog</name>
    <message>
        <source>New subject</source>
        <translation>New subject</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>e.g. Mathematics</translation>
    </message>
    <message>
        <source>for narrow columns, e.g. Math.</source>
        <translation>for narrow columns, e.g. Math.</translation>
    </message>
    <message>
        <source>Written work may be marked within 10 working days (Russian language, literature)</source>
        <translation>Written work may be marked within 10 working days (Russian language, literature)</translation>
    </message>
    <message>
        <source>Subjects are listed by this number, then by name.</source>
        <translation>Subjects are listed by this number, then by name.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation>&amp;Grading:</translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation>&amp;Order in lists:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Enter the name of the subject.</source>
        <translation>Enter the name of the subject.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectsModel</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <source>Written work window</source>
        <translation>Written work window</translation>
    </message>
    <message>
        <source>10 working days</source>
        <translation>10 working days</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectsScreen</name>
    <message>
        <source>New subject…</source>
        <translation>New subject…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>To archive</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Show archived subjects</source>
        <translation>Show archived subjects</translation>
    </message>
    <message>
        <source>Find a subject</source>
        <translation>Find a subject</translation>
    </message>
    <message>
        <source>Back from archive</source>
        <translation>Back from archive</translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionDialog</name>
    <message>
        <source>Substitution</source>
        <translation>Substitution</translation>
    </message>
    <message>
        <source>%1, lesson %2: %3, %4 — %5</source>
        <translation>%1, lesson %2: %3, %4 — %5</translation>
    </message>
    <message>
        <source>— choose the teacher —</source>
        <translation>— choose the teacher —</translation>
    </message>
    <message>
        <source>e.g. illness, training course</source>
        <translation>e.g. illness, training course</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Lesson:</translation>
    </message>
    <message>
        <source>&amp;Substitute teacher:</source>
        <translation>&amp;Substitute teacher:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The substitute may fill in this lesson in the journal.</source>
        <translation>The substitute may fill in this lesson in the journal.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Choose the substitute teacher.</source>
        <translation>Choose the substitute teacher.</translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Absent teacher</source>
        <translation>Absent teacher</translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation>Substitute teacher</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionsScreen</name>
    <message>
        <source>Register of substituted lessons</source>
        <translation>Register of substituted lessons</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>All teachers</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Teacher:</translation>
    </message>
    <message>
        <source>Find a class, subject or teacher</source>
        <translation>Find a class, subject or teacher</translation>
    </message>
</context>
<context>
    <name>cj::client::TeachingLoadScreen</name>
    <message>
        <source>New assignment…</source>
        <translation>New assignment…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the assignment</source>
        <translation>Delete the assignment</translation>
    </message>
    <message>
        <source>Delete «%1»? Only an assignment without lessons can be deleted.</source>
        <translation>Delete «%1»? Only an assignment without lessons can be deleted.</translation>
    </message>
    <message>
        <source>Check the load</source>
        <translation>Check the load</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation>All teachers</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Teacher:</translation>
    </message>
    <message>
        <source>Find a subject or teacher</source>
        <translation>Find a subject or teacher</translation>
    </message>
    <message>
        <source>Every curriculum hour is assigned to a teacher.</source>
        <translation>Every curriculum hour is assigned to a teacher.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n problem(s) in the teaching load:</source>
        <translation>
            <numerusform>Found %n problem in the teaching load:</numerusform>
            <numerusform>Found %n problems in the teaching load:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::UserDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>e.g. teacher of mathematics</source>
        <translation>e.g. teacher of mathematics</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>made from the name if left empty, e.g. ivanova.mp</source>
        <translation>made from the name if left empty, e.g. ivanova.mp</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>The class teacher is not a role: appoint a teacher to a class on the Classes screen.</source>
        <translation>The class teacher is not a role: appoint a teacher to a class on the Classes screen.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choose at least one role.</translation>
    </message>
</context>
<context>
    <name>cj::client::UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>cj::client::UsersScreen</name>
    <message>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Activation code and slip…</source>
        <translation>Activation code and slip…</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>Lock…</translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation>Lift the hold</translation>
    </message>
    <message>
        <source>To archive</source>
        <translation>To archive</translation>
    </message>
    <message>
        <source>Archive the account</source>
        <translation>Archive the account</translation>
    </message>
    <message>
        <source>Archive the account of %1? The person can no longer sign in; the journal keeps everything they entered.</source>
        <translation>Archive the account of %1? The person can no longer sign in; the journal keeps everything they entered.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Only locked</source>
        <translation>Only locked</translation>
    </message>
    <message>
        <source>Locked by the administrator or held after failed sign-ins</source>
        <translation>Locked by the administrator or held after failed sign-ins</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Find by name or login</source>
        <translation>Find by name or login</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Back from archive</source>
        <translation>Back from archive</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Lock the account</translation>
    </message>
    <message>
        <source>Lock the account of %1. Their open sessions end at once.
Reason:</source>
        <translation>Lock the account of %1. Their open sessions end at once.
Reason:</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Activation codes</source>
        <translation>Activation codes</translation>
    </message>
    <message numerus="yes">
        <source>Issue new activation codes for %n account(s)? An unused earlier code stops working; a password already set keeps working until the new code is used.</source>
        <translation>
            <numerusform>Issue new activation codes for %n account? An unused earlier code stops working; a password already set keeps working until the new code is used.</numerusform>
            <numerusform>Issue new activation codes for %n accounts? An unused earlier code stops working; a password already set keeps working until the new code is used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::WorkKindListModel</name>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Control work</source>
        <translation>Control work</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>cj::client::YearComboBox</name>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>There is no academic year yet. Create it first: School → Academic year.</source>
        <translation>There is no academic year yet. Create it first: School → Academic year.</translation>
    </message>
</context>
<context>
    <name>cj::client::YearDialog</name>
    <message>
        <source>New academic year</source>
        <translation>New academic year</translation>
    </message>
    <message>
        <source>Academic year %1</source>
        <translation>Academic year %1</translation>
    </message>
    <message>
        <source>e.g. 2025/2026</source>
        <translation>e.g. 2025/2026</translation>
    </message>
    <message>
        <source>5-day week (Monday to Friday)</source>
        <translation>5-day week (Monday to Friday)</translation>
    </message>
    <message>
        <source>6-day week (Monday to Saturday)</source>
        <translation>6-day week (Monday to Saturday)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>Fill in quarters, halves and holidays as usual</source>
        <translation>Fill in quarters, halves and holidays as usual</translation>
    </message>
    <message>
        <source>From the dates of the year, as Russian schools customarily have them; adjust them afterwards on the year&apos;s tabs.</source>
        <translation>From the dates of the year, as Russian schools customarily have them; adjust them afterwards on the year&apos;s tabs.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Periods and holidays must stay inside the year&apos;s dates.</source>
        <translation>Periods and holidays must stay inside the year&apos;s dates.</translation>
    </message>
    <message>
        <source>Enter the name of the year, e.g. 2025/2026.</source>
        <translation>Enter the name of the year, e.g. 2025/2026.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>The last day must come after the first day.</translation>
    </message>
</context>
<context>
    <name>cj::client::YearScreen</name>
    <message>
        <source>New academic year…</source>
        <translation>New academic year…</translation>
    </message>
    <message>
        <source>Name, dates and week…</source>
        <translation>Name, dates and week…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Quarters and halves</source>
        <translation>Quarters and halves</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Bell schedules</source>
        <translation>Bell schedules</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: from %2 to %3, %4-day week</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: from %2 to %3, %4-day week</translation>
    </message>
</context>
<context>
    <name>cj::client::YearsModel</name>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>%1-day</source>
        <translation>%1-day</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>cj::client::reports::ReportJob</name>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 of %4)</translation>
    </message>
    <message>
        <source>%1: summary statements</source>
        <translation>%1: summary statements</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountText</name>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held after failed sign-ins until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not activated, no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many attempts (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many attempts (computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationSlips</name>
    <message>
        <source>Access to the electronic class journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the ClassJournal program and enter the server and the login shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “First sign-in: I have an activation code” and type the code (dashes and letter case do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password: at least 8 characters, letters and digits, not the same as the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code works once. Do not pass the code or your password to anyone: by the school&apos;s rules only its owner may use an account. If the code has expired, ask the journal administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceMonthRenderer</name>
    <message>
        <source>Report on the class&apos;s attendance for the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a day&apos;s cell: lessons missed that day, with the reason when all had the same one; in bold — the whole day was missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceStatementRenderer</name>
    <message>
        <source>Summary statement of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceTally</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons missed: «all» — in total, «ill» — for illness, «exc.» — for an excused reason, «unexc.» — without an excused reason or with no reason given; «days» — whole days missed (every lesson of the day); «late» — times late, not counted as missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ClassJournalRenderer</name>
    <message>
        <source>m</source>
        <comment>gender, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <comment>gender, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information about the pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents (legal representatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the %1 school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1 of the %2 school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journal has %n sheet(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has … sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journal has %n sheet(s) numbered and laced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassTeacherReportRenderer</name>
    <message>
        <source>Class teacher&apos;s report for the school period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Movement of pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsRegisterRenderer</name>
    <message>
        <source>Approved, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register «Replacement of information in the electronic journal»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
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
        <source>Administrator&apos;s decision</source>
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
    <message>
        <source>This login is already taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period must lie inside the academic year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods overlap: each period must end before the next one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods must be numbered 1, 2, … in the order of their dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays must lie inside the academic year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates overlap another academic year of the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons may not start before 8:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons overlap: each lesson must end before the next one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break between lessons is shorter than 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly hours of the class would exceed the maximum allowed for its grade (%1 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly hours of the class would exceed the maximum allowed for its grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies outside the academic year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is already on a class list on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A move between subgroups takes effect from the next quarter (half), and this is the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subgroup was made for another subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be deleted: the journal already holds marks, attendance or topics for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class cannot be deleted: it has had students or lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column «%1», which is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows of the file have errors: correct them or import only the correct rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school would be left without an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lesson %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teacher %1 already has a lesson then (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is already taken then (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class already has a lesson then (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clashes with another lesson (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastRenderer</name>
    <message>
        <source>The forecast follows the school&apos;s rounding rule: «3» from %1, «4» from %2, «5» from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the weighted average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the plain average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a «2» for a test blocks a «5»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary report (forecast) for the school period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a «2» is likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few marks: %1 of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks (minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed for a valid reason / lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: a risk; * — fewer marks than the minimum for the subject&apos;s hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursChangeCommand</name>
    <message>
        <source>hours %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has a value that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such class in this academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role (учитель, завуч, секретарь, директор, администратор)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is outside the academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats a row above («%1»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the administrator may import accounts with roles other than teacher and secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the school («%1»)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalControlRenderer</name>
    <message>
        <source>Control of keeping the electronic journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks entered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils without marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils with one mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils with too few marks (minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in the КТП</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: what needs the teacher&apos;s attention. Minimum of current marks for a period (003 §2.3.1): 3 at up to 1 hour a week, 5 at up to 2 hours, 8 above 2 hours; pupils who missed at least half of the lessons for a valid reason are not checked (003 §2.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers&apos; activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementStatementRenderer</name>
    <message>
        <source>No. %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary statement of pupils&apos; movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils who arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentLettersRenderer</name>
    <message>
        <source>Information letter for parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil: %1, class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the time from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear parents (legal representatives)! We inform you of your child&apos;s marks, absences and homework for these two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks (date, kind of work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons missed: %1, of them for illness %2, for an excused reason %3, without an excused reason %4. Times late: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the parent (legal representative)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodResultsRenderer</name>
    <message>
        <source>Results of the class&apos;s progress for the school period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of progress in the subject for the school period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% succ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% qual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>СОУ, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: %1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted (N): with at least one period mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent pupils (only «5»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pupils (only «4» and «5»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one «3»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing (a «2» or «fail»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without period marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Prints a ClassJournal report to PDF (and CSV for tables) without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to print; --list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, host:port (port 7446 when omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password (visible to other users of this computer; prefer --password-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class, by name (5А) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for every class of the school, one file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teaching assignment (class and subject) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pupil&apos;s id (parent letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One teacher&apos;s id (journal control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school period: its number in the class&apos;s scheme, its name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school year instead of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (class enrolment), YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only correction requests with this status: pending, approved, rejected, withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file, or a directory (for --all-classes); the current directory by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the tables as CSV next to the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents&apos; language: ru (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one report (see --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server, --login and --password (or --password-file) are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed (it was %2, now it is %3). If the server was reinstalled, accept the new certificate in the ClassJournal client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the list of classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class %1 this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is about a class: give --class or --all-classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be printed for every class at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is about one subject of a class: give --assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the whole school give the period&apos;s number: --period 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school period today: give --period%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or --year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is for one period, not the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language «%1»: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStatementRenderer</name>
    <message>
        <source>Summary statement of pupils&apos; progress</source>
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
        <source>Roman numerals: marks for the school periods (quarters or halves). Marks 2–5; «pass»/«fail» for subjects graded so. The statement is kept for 75 years.</source>
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
    <name>ReportCatalog</name>
    <message>
        <source>Preliminary report (forecast) for a subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>pass</source>
        <comment>pass/fail mark, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <comment>pass/fail mark, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance symbol «оп»</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ill</source>
        <comment>attendance symbol «б»</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exc</source>
        <comment>attendance symbol «у»</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unx</source>
        <comment>attendance symbol «п»</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abs</source>
        <comment>attendance symbol «н»</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grades %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil&apos;s surname and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy director for academic affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«___» ______________ 20___</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of success = (n5 + n4 + n3) / N × 100; % of quality = (n5 + n4) / N × 100; degree of learning (СОУ) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n1) / N; average mark = (5·n5 + 4·n4 + 3·n3 + 2·n2) / N. N — pupils on the list at the end of the period, minus those exempt and those without a period mark; pupils who left before the end are not counted, pupils who arrived are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the class: N — pupils on the list at the end of the period with at least one period mark; % of success = pupils without «2» / N × 100; % of quality = (excellent + good pupils) / N × 100; excellent — all marks «5»; good — only «4» and «5», at least one «4»; with one «3» — exactly one «3», the rest «4» and «5»; failing — at least one «2» or «fail».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Asking the server for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScaffold</name>
    <message>
        <source>Class teacher: %1</source>
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
    <name>SchoolEnrolmentRenderer</name>
    <message>
        <source>Class enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grade %1: %n class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>School total: %n class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolMovementRenderer</name>
    <message>
        <source>Dynamics of pupils&apos; movement in the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolResultsRenderer</name>
    <message>
        <source>Results of progress in the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one «3»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolText</name>
    <message>
        <source>quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks 2–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no teacher assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer hours assigned than in the curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more hours assigned than in the curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned but not in the curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grades %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenCatalog</name>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My correction requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of my class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups of my class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectPagesRenderer</name>
    <message>
        <source>Journal pages of the subject</source>
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
        <source>Outside the school periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — marks and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (substitution for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — topics and homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons in this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Teacher: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstitutionsRegisterRenderer</name>
    <message>
        <source>Register of lesson substitutions</source>
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
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <source>Seal</source>
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
    <name>cj::client::ActivationBatch</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some codes could not be issued:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationCodesDialog</name>
    <message>
        <source>Activation codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activation code(s) issued. The codes are shown only now: print the slips and hand each one to its owner personally. A code works once, for 30 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation slips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ActivationCodesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentDialog</name>
    <message>
        <source>New teaching assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the whole class —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject taught in subgroups needs an assignment for every subgroup. A new teacher of an assignment takes over its lessons and journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentProblemsModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum, h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned, h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::AssignmentsModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::AttendanceChart</name>
    <message>
        <source>for illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an excused reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an excused reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons missed by month: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::BellsEditor</name>
    <message>
        <source>Bell schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— new schedule —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main, or Grade 1 (September–December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the schedule a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the bell schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the bell schedule «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::BellsModel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break after, min</source>
        <translation type="unfinished"></translation>
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
    <name>cj::client::ChartsScreen</name>
    <message>
        <source>A pupil&apos;s marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class&apos;s attendance by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ClassDialog</name>
    <message>
        <source>New class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. А</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not appointed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the letter of the class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ClassesModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ClassesScreen</name>
    <message>
        <source>New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class %1? Only a class that never had students or lessons can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a class or teacher</source>
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
    <name>cj::client::CurriculumModel</name>
    <message>
        <source>Over the maximum weekly hours for the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::CurriculumScreen</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hours a week into a cell (in steps of 0.5; 0 removes the subject from the class&apos;s plan). The total turns red when it is over the maximum for the grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total turns red when it is over the maximum for the grade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::DateEdit</name>
    <message>
        <source>not given</source>
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
    <name>cj::client::FieldSet</name>
    <message>
        <source>Fill in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::FilterBar</name>
    <message>
        <source>Academic year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::GenerateLessonsDialog</name>
    <message>
        <source>Generate lessons from the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends, holidays and days outside the class&apos;s quarters (halves) are skipped. Lessons no longer in the schedule are removed unless the journal already has something for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must not come before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons created: %1; removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lesson %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the schedule but kept because the journal has data for them:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::GridEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::GuardianDialog</name>
    <message>
        <source>New legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who to the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::GuardiansModel</name>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::GuardiansPanel</name>
    <message>
        <source>parent of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the student&apos;s card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent account and slip…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::HolidayDialog</name>
    <message>
        <source>New holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Autumn holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays last at least 7 days. No lessons are generated on these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must not come before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the grades the holidays are for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::HolidaysModel</name>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::HolidaysPanel</name>
    <message>
        <source>Add holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::HomePage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;You are signed in as &lt;b&gt;%3&lt;/b&gt; (%4).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the journal page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No lessons of yours today.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s lessons&lt;/b&gt; — double-click one to open its journal page:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ImportScreen</name>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (as Excel saves it, separated by ; or ,) whose first line names the columns. Students: Фамилия*, Имя*, Отчество, Пол, Дата рождения, Класс*, Дата зачисления, Номер приказа*, Адрес, Телефон, СНИЛС, Группа здоровья. Staff: Фамилия*, Имя*, Отчество, Должность, Роли, Email, Телефон, Логин. * — required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1; ready to import: %2; with errors: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not recognised and left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n correct row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 rows and skip %2 rows with errors? Each row is imported entirely or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1; skipped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has been imported.</source>
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
    <name>cj::client::LessonDialog</name>
    <message>
        <source>Extra or moved lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subject and teacher.</source>
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
    <name>cj::client::LessonsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::LessonsScreen</name>
    <message>
        <source>Generate lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra or moved lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this lesson from the calendar? A lesson with marks, attendance or a topic cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a subject or teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ListScreen</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, printed %2</source>
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
    <name>cj::client::LoginLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::LoginLogScreen</name>
    <message>
        <source>Login log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a login, computer or address</source>
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
</context>
<context>
    <name>cj::client::MarkDynamicsChart</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average for the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no marks in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: average marks by month</source>
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
    <name>cj::client::MovementDialog</name>
    <message>
        <source>Transfer to another class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving the school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;class: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day off the list: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the new class from: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order No.: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted: the student stays in the journal, greyed from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks and attendance before this date stay in the journal of the previous class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::MovementsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from / where to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::MovementsScreen</name>
    <message>
        <source>Student movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student or order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::NamesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::PeriodsEditor</name>
    <message>
        <source>Quarters (grades 1–9 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halves (grades 10–11 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 half</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::PeriodsModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
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
    <name>cj::client::ReportParametersDialog</name>
    <message>
        <source>Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class you may print this report for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class (one document each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 (quarter or half by the class&apos;s scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ReportPreviewDialog</name>
    <message numerus="yes">
        <source>%1 — %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts: marks and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleScreen</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of a teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a lesson to change it or an empty cell to put a lesson there. Changes take effect from the date you choose; lessons already held stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is edited in the week of a class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleSlotDialog</name>
    <message>
        <source>%1 — %2, lesson %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— keep it and add another lesson (another subgroup) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this slot now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen lesson out from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons on the calendar are created from the schedule with «Generate lessons» on the lessons screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put into the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is taught: the teaching load has the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take «%1» out of the schedule from %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::ScheduleWeekModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1
%2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SessionsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SessionsScreen</name>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>End %n session(s)? Unsaved work on those computers is sent when they sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person or computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::StudentCardDialog</name>
    <message>
        <source>Enrolment of a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enrolment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 112-у</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school, town; empty for a first-grader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;class: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled &amp;on: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order No.: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNI&amp;LS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;E group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to personal data processing (152-FZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;file No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the enrolment order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::StudentsModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the class on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::StudentsScreen</name>
    <message>
        <source>Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and slip for the selected student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips for all students of the class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips for all parents of the class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show students who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue new activation codes to all parents of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue new activation codes to all students of class %1? Codes issued earlier and not yet used stop working; passwords already chosen keep working until the new code is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation slips for the class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupDialog</name>
    <message>
        <source>New subgroup of class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes are usually split in two for foreign languages, technology, informatics and practical work. Put the students into the subgroups afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the subgroup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupMembersDialog</name>
    <message>
        <source>Students of «%1» (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the students to move into this subgroup (those already in it are ticked and greyed; to take a student out, move them into another subgroup). The move takes effect at the start of the next quarter (half); until then the marks stay in the old subgroup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the subgroup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupMembersModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the subgroup from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupsModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubgroupsScreen</name>
    <message>
        <source>New subgroup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the subgroup «%1»? Only a subgroup without lessons can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Students of the subgroup&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move takes effect from %1 (the start of the next period); the history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students who were in no subgroup of this subject are in it from today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectDialog</name>
    <message>
        <source>New subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for narrow columns, e.g. Math.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written work may be marked within 10 working days (Russian language, literature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects are listed by this number, then by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the subject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectsModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written work window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubjectsScreen</name>
    <message>
        <source>New subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionDialog</name>
    <message>
        <source>Substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lesson %2: %3, %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the teacher —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. illness, training course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substitute teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The substitute may fill in this lesson in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the substitute teacher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
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
        <source>Absent teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::SubstitutionsScreen</name>
    <message>
        <source>Register of substituted lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a class, subject or teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::TeachingLoadScreen</name>
    <message>
        <source>New assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «%1»? Only an assignment without lessons can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a subject or teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every curriculum hour is assigned to a teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n problem(s) in the teaching load:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cj::client::UserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. teacher of mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the name if left empty, e.g. ivanova.mp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class teacher is not a role: appoint a teacher to a class on the Classes screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::UsersScreen</name>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code and slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the account of %1? The person can no longer sign in; the journal keeps everything they entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by the administrator or held after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the account of %1. Their open sessions end at once.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue new activation codes for %n account(s)? An unused earlier code stops working; a password already set keeps working until the new code is used.</source>
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
<context>
    <name>cj::client::YearComboBox</name>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no academic year yet. Create it first: School → Academic year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::YearDialog</name>
    <message>
        <source>New academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-day week (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-day week (Monday to Saturday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in quarters, halves and holidays as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dates of the year, as Russian schools customarily have them; adjust them afterwards on the year&apos;s tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods and holidays must stay inside the year&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the year, e.g. 2025/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::YearScreen</name>
    <message>
        <source>New academic year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, dates and week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters and halves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: from %2 to %3, %4-day week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::YearsModel</name>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cj::client::reports::ReportJob</name>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: summary statements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

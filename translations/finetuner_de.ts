<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Finetuner::App</name>
    <message>
        <location filename="../app/commands/participantcommands.cpp" line="22"/>
        <source>prompt author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/participantcommands.cpp" line="24"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/participantcommands.cpp" line="26"/>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::DateOrderDialog</name>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="65"/>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="67"/>
        <source>%1 (no such date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="87"/>
        <source>: the chat starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="102"/>
        <source>How Are the Dates Written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="108"/>
        <source>No date in “%1” tells whether it is written day first or month first: every day and month in it is 12 or less. Choose the reading in which the first messages have the right dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="114"/>
        <source>Day first (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="116"/>
        <source>Month first (month/day/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/dateorderdialog.cpp" line="124"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::DetailPane</name>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="55"/>
        <source>Type the completion for this message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="75"/>
        <source>Message as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="77"/>
        <source>As it will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="80"/>
        <source>&amp;Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="82"/>
        <source>JSON line to be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="113"/>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="113"/>
        <source>No chat open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="125"/>
        <source>Message %1 · line %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="129"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="141"/>
        <source>prompt:     %1
completion: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="143"/>
        <source> · not exported (excluded or skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="144"/>
        <source>%1 characters, %2 bytes%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::EditCompletionCommand</name>
    <message>
        <location filename="../app/commands/editcompletioncommand.cpp" line="13"/>
        <source>Edit completion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="50"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="52"/>
        <location filename="../app/importcontroller.cpp" line="328"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="54"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importcontroller.cpp" line="72"/>
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="158"/>
        <source>There is not enough memory to import this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="160"/>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="173"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="181"/>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="182"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="206"/>
        <source>Reading “%1”… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="319"/>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="320"/>
        <source>Could not import “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="355"/>
        <source>Import Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/importcontroller.cpp" line="356"/>
        <source>“%1” was imported, but %n line(s) could not be read as expected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/importcontroller.cpp" line="360"/>
        <source>“%1” was imported with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="63"/>
        <source>Finetuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="144"/>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>Import a WhatsApp chat export: File › Import, or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Filter messages and completions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="167"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="185"/>
        <source>Any author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>&amp;Import Chat Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="204"/>
        <source>&amp;Save JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Save JSONL &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="221"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <source>&amp;Include Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>&amp;Exclude Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>&amp;Anonymize Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>&amp;Don&apos;t Anonymize Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="259"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>&amp;Done and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="270"/>
        <source>&amp;Skip and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>Needs &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="274"/>
        <source>Mark &amp;To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="276"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>&amp;Next Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="286"/>
        <source>&amp;Previous Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288"/>
        <source>Next &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>Previous M&amp;essage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="292"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>Done %1 · skipped %2 · review %3 · to do %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="365"/>
        <source>%1[*] – Finetuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source> · lines that need a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="391"/>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="392"/>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="397"/>
        <source>Saved %1 examples to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="454"/>
        <source>Every included message is done, skipped or marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="478"/>
        <source>Import Chat Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="491"/>
        <source>Save JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="492"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="501"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="501"/>
        <source>The annotations have changed since they were last saved as JSONL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="197"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="479"/>
        <source>WhatsApp chat exports (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="371"/>
        <source>Messages: %1 · participants: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::MessageTableModel</name>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="61"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="63"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="65"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="67"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="115"/>
        <source>Included by the author&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="151"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="153"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="155"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="159"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="161"/>
        <source>Anonymize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="163"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="165"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="157"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ParticipantsDock</name>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="59"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="63"/>
        <source>Include the &amp;author in prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="65"/>
        <source>Start completions with a &amp;space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="91"/>
        <source>Write “TIME - AUTHOR: TEXT”, as the seed&apos;s include_user did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="94"/>
        <source>Separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="101"/>
        <location filename="../app/widgets/participantsdock.cpp" line="112"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="102"/>
        <source>Ends every prompt, so a model knows where the prompt stops. Type \n for a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="103"/>
        <source>Prompt &amp;suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="113"/>
        <source>Ends every completion; must differ from the prompt suffix. Type \n for a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="114"/>
        <source>S&amp;top sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="117"/>
        <source>&amp;Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="119"/>
        <source>Prompt suffix ⏎⏎###⏎⏎, a leading space and END, as the seed&apos;s tables advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="120"/>
        <source>Seed&apos;s &amp;output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="122"/>
        <source>No suffix, no space, no stop: exactly what the seed&apos;s parse_convo wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="147"/>
        <source>Include author in prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="149"/>
        <source>Change leading space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="151"/>
        <source>Change prompt suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="153"/>
        <source>Change stop sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="197"/>
        <source>Use the seed&apos;s separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="197"/>
        <source>Use the recommended separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="206"/>
        <source>⚠ %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="207"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ParticipantsModel</name>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="43"/>
        <source>Prompt author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="45"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="47"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="78"/>
        <source>Their text messages become prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="80"/>
        <source>Their messages are shown but not exported unless included one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="82"/>
        <source>Never exported; their name is removed from exported text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="94"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="96"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="98"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="100"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::RowFieldCommand</name>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="45"/>
        <source>Include %n message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="45"/>
        <source>Exclude %n message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="52"/>
        <source>Anonymize %n message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="52"/>
        <source>Stop anonymizing %n message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="61"/>
        <source>Mark %n message(s) to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="64"/>
        <source>Mark %n message(s) done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="67"/>
        <source>Skip %n message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/rowfieldcommand.cpp" line="70"/>
        <source>Mark %n message(s) for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::SetParticipantRoleCommand</name>
    <message>
        <location filename="../app/commands/participantcommands.cpp" line="34"/>
        <source>Make %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::SetPseudonymCommand</name>
    <message>
        <location filename="../app/commands/participantcommands.cpp" line="54"/>
        <source>Rename pseudonym of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Cli</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="53"/>
        <source>%1 more warnings not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="56"/>
        <source>%1 more errors not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="79"/>
        <source>unknown date order “%1”; use auto, dmy, mdy or ymd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="95"/>
        <location filename="../app/cli/clicontext.cpp" line="99"/>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="107"/>
        <location filename="../app/cli/clicontext.cpp" line="111"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="18"/>
        <source>Print the messages of a chat export, one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="20"/>
        <location filename="../app/cli/convertcommand.cpp" line="28"/>
        <source>The chat export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="22"/>
        <location filename="../app/cli/convertcommand.cpp" line="33"/>
        <source>How dates are written: auto (default), dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="28"/>
        <source>parse takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="26"/>
        <source>Write a prompt/completion JSONL line for each text message of one participant, as the seed scripts&apos; parse_convo did: {&quot;prompt&quot;: &quot;TIMESTAMP - TEXT&quot;, &quot;completion&quot;: &quot;&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="29"/>
        <source>The participant whose messages become prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="30"/>
        <source>A name to delete wherever it appears in the text (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="31"/>
        <source>Write TIMESTAMP - AUTHOR: TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="32"/>
        <source>Write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="38"/>
        <source>convert takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="42"/>
        <source>convert needs --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="56"/>
        <source>nobody named “%1” wrote in this chat; the participants are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="17"/>
        <source>Usage: finetuner-cli COMMAND [OPTIONS] FILE

Commands:
  parse     print the messages of a chat export as JSON Lines
  convert   write the seed scripts&apos; prompt/completion JSONL for one participant

Run finetuner-cli COMMAND --help for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="56"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="57"/>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core</name>
    <message>
        <location filename="../core/import/textinput.cpp" line="54"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/textinput.cpp" line="71"/>
        <source>The UTF-16 file ends in the middle of a character; the last byte was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/textinput.cpp" line="87"/>
        <source>This is a binary file, not a text export (a NUL byte at line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/textinput.cpp" line="95"/>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/textinput.cpp" line="113"/>
        <source>Invalid UTF-8 (byte 0x%1) replaced with U+FFFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/textinput.cpp" line="119"/>
        <source>%1 invalid UTF-8 sequences in all were replaced with U+FFFD; is the file in another encoding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="40"/>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="42"/>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="44"/>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="48"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/examplebuilder.cpp" line="119"/>
        <source>The prompt suffix and the stop sequence overlap: a model cannot tell the end of a prompt from the end of a completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/examplebuilder.cpp" line="148"/>
        <source>%1 prompt text(s) contain the prompt suffix “%2”; the first is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/examplebuilder.cpp" line="154"/>
        <source>%1 completion(s) contain the stop sequence “%2” before their end; the first is here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Diagnostic</name>
    <message>
        <location filename="../core/util/diagnostic.cpp" line="25"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/diagnostic.cpp" line="28"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/diagnostic.cpp" line="31"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Import</name>
    <message>
        <location filename="../core/import/importerregistry.cpp" line="29"/>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Parser</name>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="200"/>
        <source>This line comes before the first message and is not part of any message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="220"/>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="228"/>
        <source>This is not a WhatsApp chat export: no line starts with a date and time like “31/12/2021, 23:59 - ” or “[31/12/2021, 23:59:59] ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="235"/>
        <source>%1 lines before the first message in all are not part of any message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="318"/>
        <source>The date order %1 does not fit this file, whose dates look like “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="342"/>
        <source>The dates disagree: %1 headers can only be day/month/year and %2 only month/day/year. The file is read as %3; the other lines are kept as message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="368"/>
        <source>No day above 12 tells the date order; read as %1 because that keeps the messages in chronological order. Use the date order option to force the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="377"/>
        <source>The date order is ambiguous: no day above 12 tells day/month/year from month/day/year. Assumed %1; use the date order option to force the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="410"/>
        <source>This line looks like the first message, but its date is impossible read as %1; it and the lines up to the next message are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="426"/>
        <source>This line looks like a message header, but its date is impossible read as %1; it is kept as text of the message at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="438"/>
        <source>No message has a valid date read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::WhatsAppImporter</name>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="454"/>
        <source>WhatsApp chat export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Annotate exported chats as fine-tuning data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>A chat export to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

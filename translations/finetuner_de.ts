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
    <name>Finetuner::App::AnonymizationDock</name>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="75"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="77"/>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="79"/>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="81"/>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="111"/>
        <source>Names (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="113"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="115"/>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="117"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="119"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="121"/>
        <source>Payment cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="123"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="125"/>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="127"/>
        <source>Custom patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="129"/>
        <source>Custom terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="135"/>
        <source>Anonymization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="150"/>
        <source>A dataset under review is written as its records are: there are no participants or detectors to set. Open a chat to anonymize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="154"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="155"/>
        <source>&amp;Detectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="156"/>
        <source>&amp;Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="210"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="211"/>
        <source>The selected people are one person: they join the first selected and share its pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="214"/>
        <source>S&amp;plit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="215"/>
        <source>A participant of this person is somebody else: they get a person and a pseudonym of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="222"/>
        <source>Add &amp;Alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="223"/>
        <source>Another name this person goes by in messages (a nickname, a surname): it is replaced by their pseudonym too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="226"/>
        <source>&amp;Remove Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="227"/>
        <source>A word that is not this person&apos;s name here: it is left as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="232"/>
        <source>Add Perso&amp;n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="233"/>
        <source>Somebody who is only named in messages: their name gets a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="248"/>
        <source>Person 1, Person 2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="249"/>
        <source>Realistic names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="250"/>
        <source>How pseudonyms you did not type are made. Pseudonyms you typed stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="251"/>
        <source>Ps&amp;eudonyms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="265"/>
        <source>Split %1 Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="275"/>
        <source>Remove Alias “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="281"/>
        <source>Use Realistic Pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="282"/>
        <source>Use Numbered Pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="304"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="305"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="306"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="328"/>
        <source>How many the export replaces: in the messages that are exported and anonymized, spans you switched off not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="338"/>
        <source>The person&apos;s pseudonym, as the People tab shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="341"/>
        <source>The type in angle brackets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="344"/>
        <source>Nothing: the text is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="347"/>
        <source>Every letter and digit as •, separators kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="358"/>
        <source>Anonymize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="358"/>
        <source>Keep %1 as Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="364"/>
        <source>Replace %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="393"/>
        <source>Acme Clinic
Elm Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="394"/>
        <source>Words and phrases to anonymize wherever they stand, in any case, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="396"/>
        <source>Custom &amp;terms, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="401"/>
        <source>PAT-\d{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="402"/>
        <source>Regular expressions in RE2 syntax, one per line; case-sensitive unless a pattern starts with (?i). Spaces at a line&apos;s ends are ignored: write \s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="405"/>
        <source>Custom &amp;patterns (RE2), one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="412"/>
        <source>ES, MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="413"/>
        <source>Countries (two-letter codes) whose numbers are written without +: the participants&apos; and this computer&apos;s are always searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="415"/>
        <source>More phone &amp;regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="491"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="500"/>
        <source>⚠ Not a two-letter country code, ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="562"/>
        <source>%1 is also written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="565"/>
        <source>Select a person to see all they go by; select several to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="616"/>
        <source>Edit Custom Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="624"/>
        <source>Edit Custom Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="632"/>
        <source>Edit Phone Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="646"/>
        <source>Merge People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="667"/>
        <source>Add Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="668"/>
        <source>Another name %1 goes by in messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="673"/>
        <source>Add Alias “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="683"/>
        <location filename="../app/widgets/anonymizationdock.cpp" line="704"/>
        <source>“%1” is already an alias of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="684"/>
        <source>“%1” is already an alias of %2: remove it there first, or merge the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="694"/>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="695"/>
        <source>The name of somebody only named in messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="710"/>
        <source>Add Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="717"/>
        <source>“%1” is already somebody&apos;s alias: every word of it belongs to a person in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="730"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="762"/>
        <source>Counted in the one exported, anonymized message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/anonymizationdock.cpp" line="763"/>
        <source>Counted in the %1 exported, anonymized messages.</source>
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
        <location filename="../app/widgets/detailpane.cpp" line="64"/>
        <source>Type the completion for this message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="84"/>
        <location filename="../app/widgets/detailpane.cpp" line="153"/>
        <source>Message as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="88"/>
        <location filename="../app/widgets/detailpane.cpp" line="155"/>
        <source>As it will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="92"/>
        <source>&amp;Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="97"/>
        <source>Use the Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="98"/>
        <source>Drop the typed completion; the template writes it from the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="102"/>
        <source>JSON line to be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="142"/>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="142"/>
        <source>No chat open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="153"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="154"/>
        <source>Record as it will be written (JSON, editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="170"/>
        <source>Message %1 · line %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="174"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="188"/>
        <source>Typed by hand: it wins over the template (edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="189"/>
        <source>Written by the template from the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="196"/>
        <source>prompt:     %1
completion: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="198"/>
        <location filename="../app/widgets/detailpane.cpp" line="231"/>
        <source> · not exported (excluded or skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="199"/>
        <location filename="../app/widgets/detailpane.cpp" line="236"/>
        <source>%1 characters, %2 bytes%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="211"/>
        <source>Example %1 · line %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="214"/>
        <source>prompt/completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="216"/>
        <source> · broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="233"/>
        <source> · the export is refused until this line is fixed or excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/detailpane.cpp" line="235"/>
        <source> · edited</source>
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
    <name>Finetuner::App::EditRecordCommand</name>
    <message>
        <location filename="../app/commands/editrecordcommand.cpp" line="13"/>
        <source>Edit record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ExportDialog</name>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="77"/>
        <source>Train on earlier assistant turns too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="80"/>
        <source>Stratified by the classification&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="87"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="89"/>
        <source>Chat messages (OpenAI, TRL conversational, Axolotl, Unsloth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="90"/>
        <source>Prompt/completion (the seed, TRL prompt-completion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="91"/>
        <source>Alpaca (instruction, input, output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="92"/>
        <source>ShareGPT (conversations, LLaMA-Factory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="94"/>
        <source>Per message: each included message is a prompt, its completion annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="96"/>
        <source>Reply pairs: the others&apos; turn, then the assistant&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="97"/>
        <source>Chat window: the last turns as context, the assistant&apos;s turn last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="101"/>
        <source>The first prompt author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="108"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="109"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="111"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="149"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="150"/>
        <source>&amp;Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="151"/>
        <source>&amp;Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="152"/>
        <source>Context &amp;turns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="153"/>
        <source>Context &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="155"/>
        <source>S&amp;ystem prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="156"/>
        <source>&amp;Validation split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="157"/>
        <source>Split &amp;seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="159"/>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="162"/>
        <source>The first lines, as they will be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="167"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="229"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="243"/>
        <source>No examples: include some messages of the assistant, or choose another mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="246"/>
        <source>%1 examples: %2 to train, %3 to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="252"/>
        <source>Token counts need the tokenizer&apos;s rank files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/exportdialog.cpp" line="254"/>
        <source>Training tokens (%1): %2 per epoch × %3 epochs = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::IdentityModel</name>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="98"/>
        <source>Named in messages, wrote none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="102"/>
        <source>Writes as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="107"/>
        <source>Chosen by you. Clear it to get the style&apos;s pseudonym back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="108"/>
        <source>Given by the pseudonym style. Type to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="122"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="124"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="126"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="128"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/identitymodel.cpp" line="158"/>
        <source>Set Pseudonym of %1</source>
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
    <name>Finetuner::App::LabelPanel</name>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="78"/>
        <source>Label the selected words as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="79"/>
        <source>Label the selected words as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="94"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="106"/>
        <location filename="../app/widgets/labelpanel.cpp" line="133"/>
        <source>Choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="154"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="223"/>
        <source>Select the words to label first (Shift+arrows, or drag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="229"/>
        <source>“%1” overlaps a label already there: remove that one first (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="232"/>
        <source>Label “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="237"/>
        <source>Labelled “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="254"/>
        <source>Relabel as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="271"/>
        <source>Remove label from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="305"/>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="309"/>
        <source>Remove Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/labelpanel.cpp" line="311"/>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::LabelSchemaDialog</name>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="64"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="64"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="64"/>
        <source>Key (1–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="65"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="65"/>
        <source>Choices (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="65"/>
        <source>Several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="72"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="74"/>
        <source>One free-text field per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="83"/>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="84"/>
        <source>&amp;Entities (the seed&apos;s example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="86"/>
        <source>&amp;Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="113"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="119"/>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="120"/>
        <source>yes, no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="126"/>
        <source>&amp;Entity labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="128"/>
        <source>C&amp;hoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="129"/>
        <source>&amp;Text fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="130"/>
        <source>Completion &amp;template: {entities|, } {LABEL} {CHOICE} {FIELD} {time} {author} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="225"/>
        <source>The template names what no label, choice or field is called: %1. It is written as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <location filename="../app/mainwindow.cpp" line="831"/>
        <source>Finetuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <location filename="../app/mainwindow.cpp" line="664"/>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Filter messages and completions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="230"/>
        <source>Any author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="243"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="247"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="248"/>
        <source>Projects, chat exports and datasets (*.finetuner *.txt *.jsonl);;Finetuner projects (*.finetuner);;WhatsApp chat exports (*.txt);;JSONL datasets (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>&amp;Import Chat Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="293"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="294"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="297"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="313"/>
        <source>&amp;Include Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>&amp;Exclude Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="319"/>
        <source>&amp;Anonymize Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="322"/>
        <source>&amp;Don&apos;t Anonymize Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="326"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="332"/>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="342"/>
        <source>&amp;Done and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="343"/>
        <source>&amp;Skip and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="345"/>
        <source>Needs &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="347"/>
        <source>Mark &amp;To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>Go to the Message &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="359"/>
        <source>Select words there with Shift+arrows, then press a label&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="362"/>
        <location filename="../app/mainwindow.cpp" line="435"/>
        <source>Label Selection with Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="367"/>
        <source>Remove &amp;Label at Caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="369"/>
        <source>Label All &amp;Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="372"/>
        <source>Toggle &amp;Anonymization at Caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="374"/>
        <source>Keep the personal data at the caret as written, or anonymize it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source>Anonymi&amp;ze Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="377"/>
        <source>Replace the selected words in the export, as a person, a number, an address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="379"/>
        <source>La&amp;bels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="383"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="391"/>
        <source>&amp;Next Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="393"/>
        <source>&amp;Previous Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="395"/>
        <source>Next &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="396"/>
        <source>Previous M&amp;essage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="399"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="420"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="421"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="435"/>
        <source>Label Selection as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="465"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="490"/>
        <source>Label some words first; then this labels the same words everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="517"/>
        <source>No other unlabelled “%1” in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="521"/>
        <source>Label All Occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="522"/>
        <source>Label %1 more occurrence(s) of “%2” in %3 message(s) as %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="533"/>
        <source>Label all “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="534"/>
        <source>Labelled %1 more “%2” as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="591"/>
        <source>Done %1 · skipped %2 · review %3 · to do %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="636"/>
        <source>Open the Existing Project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="637"/>
        <source>%1 was imported before, into %2. Open that project, with the work done in it, or import the export again into a new project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="641"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="642"/>
        <source>Import Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="668"/>
        <source>Cannot Open the Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="678"/>
        <location filename="../app/mainwindow.cpp" line="752"/>
        <location filename="../app/mainwindow.cpp" line="879"/>
        <source>Cannot Save the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="679"/>
        <location filename="../app/mainwindow.cpp" line="753"/>
        <source>%1
Your work stays in memory; use File › Save Project As to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="687"/>
        <source>Examples: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="688"/>
        <source>chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="689"/>
        <source>prompt/completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="691"/>
        <source> · broken lines, kept and marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="698"/>
        <source>Broken Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="699"/>
        <source>%1 line(s) of %2 are not records of this dataset. They are kept, marked in the table, and the export is refused until each is fixed or excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="767"/>
        <source> · labelled from earlier projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="783"/>
        <source>Cannot Open the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="789"/>
        <source>Read-Only Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="797"/>
        <source>Opened %1 · messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="831"/>
        <source>%1[*] – Finetuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="932"/>
        <source>Not exported: %1 place(s) would still show what anonymization must remove. Fix the completion, or turn anonymization off for the message if that is on purpose.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1098"/>
        <source>Export JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1110"/>
        <source>This project could not be written to disk; closing it loses the work since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="765"/>
        <source> · lines that need a look: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="968"/>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="920"/>
        <location filename="../app/mainwindow.cpp" line="949"/>
        <source>Saved %1 examples to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Import a WhatsApp chat export or open a project: File › Open, or drop it on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="262"/>
        <source>&amp;Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source>Every change is saved in %1 as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="276"/>
        <source>&amp;Export JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>E&amp;xport JSONL As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="460"/>
        <source>In the message text: select words (Shift+arrows, Ctrl+Shift+arrows for words) and press a label&apos;s number; with the caret in a label, a number relabels it and Delete removes it. A click on underlined personal data keeps it as written; another click anonymizes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="863"/>
        <source>%1

Your work is kept in memory. Use File › Save Project As to save it somewhere with room; until then it is not on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="867"/>
        <source>Changes Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="886"/>
        <source>Saved the project as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="897"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="898"/>
        <source>Finetuner projects (*.finetuner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="907"/>
        <source>Not exported: %1 broken line(s) would be written. Fix them in the record editor or exclude them (Ctrl+Shift+I).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="977"/>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="951"/>
        <source> Validation: %1 examples in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1001"/>
        <source>Change export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1058"/>
        <source>Every included message is done, skipped or marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1082"/>
        <source>Import Chat Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1099"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1109"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="288"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1083"/>
        <source>WhatsApp chat exports (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="761"/>
        <source>Messages: %1 · participants: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::MessageTableModel</name>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="64"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="66"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="68"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="70"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="87"/>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="90"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="160"/>
        <source>Included by the author&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="195"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="197"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="197"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="199"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="199"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="201"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="203"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="205"/>
        <source>Anonymize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="207"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="209"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="201"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ParticipantsDock</name>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="74"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="78"/>
        <source>Include the &amp;author in prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="80"/>
        <source>Start completions with a &amp;space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="108"/>
        <source>Write “TIME - AUTHOR: TEXT”, as the seed&apos;s include_user did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="111"/>
        <source>Separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="115"/>
        <location filename="../app/widgets/participantsdock.cpp" line="124"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="116"/>
        <source>Ends every prompt, so a model knows where the prompt stops. Type \n for a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="117"/>
        <source>Prompt &amp;suffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="119"/>
        <source>Begin every completion with a space, so a model knows where it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="125"/>
        <source>Ends every completion; must differ from the prompt suffix. Type \n for a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="126"/>
        <source>S&amp;top sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="129"/>
        <source>&amp;Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="131"/>
        <source>Prompt suffix ⏎⏎###⏎⏎, a leading space and END, as the seed&apos;s tables advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="157"/>
        <source>Include author in prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="162"/>
        <source>Change leading space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="180"/>
        <source>Change prompt suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="181"/>
        <source>Change stop sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="187"/>
        <source>Use the seed&apos;s separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="184"/>
        <source>Use the recommended separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="132"/>
        <source>See&amp;d&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="134"/>
        <source>No prompt suffix, no leading space, no stop sequence: exactly what the seed&apos;s parse_convo wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="265"/>
        <source>⚠ %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/participantsdock.cpp" line="266"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ParticipantsModel</name>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="45"/>
        <source>Prompt author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="47"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="49"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="80"/>
        <source>Their text messages become prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="82"/>
        <source>Their messages are shown but not exported unless included one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="84"/>
        <source>Never exported; their name is removed from exported text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="96"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="98"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="100"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/participantsmodel.cpp" line="102"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::PiiSpanEditor</name>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="83"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="85"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="87"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="89"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="91"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="93"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="95"/>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="97"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="99"/>
        <source>Custom pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="101"/>
        <source>Custom term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="188"/>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="190"/>
        <source>%1, added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="193"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="193"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="194"/>
        <source>%1, kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="196"/>
        <source>Click to keep as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="196"/>
        <source>Click to anonymize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="198"/>
        <source>Click for the label&apos;s menu, which can also switch this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="238"/>
        <source>Remove “%1” added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="239"/>
        <location filename="../app/widgets/piispaneditor.cpp" line="243"/>
        <source>“%1” is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="242"/>
        <source>Keep “%1” as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="246"/>
        <location filename="../app/widgets/piispaneditor.cpp" line="386"/>
        <source>Anonymize “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="247"/>
        <source>“%1” is anonymized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="264"/>
        <location filename="../app/widgets/piispaneditor.cpp" line="277"/>
        <location filename="../app/widgets/piispaneditor.cpp" line="368"/>
        <source>Anonymization is off for this message (Ctrl+M turns it on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="265"/>
        <source>No personal data at the caret: put it in an underlined span first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="284"/>
        <location filename="../app/widgets/piispaneditor.cpp" line="364"/>
        <source>Select the words to anonymize first (Shift+arrows, or drag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="294"/>
        <source>“%1” overlaps a span added by hand: click that one first to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="310"/>
        <source>Anonymize “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="322"/>
        <source>“%1” is anonymized as %2, here and wherever the chat says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="323"/>
        <source>“%1” is anonymized as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="330"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="334"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="338"/>
        <source>Someone Else (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="343"/>
        <source>P&amp;hone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="344"/>
        <source>&amp;E-mail Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="345"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="346"/>
        <source>Pl&amp;ace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="347"/>
        <source>&amp;IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="348"/>
        <source>&amp;Card Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="349"/>
        <source>IP A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="350"/>
        <source>&amp;Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="384"/>
        <source>Remove “%1” Added by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="385"/>
        <source>Keep “%1” as Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/piispaneditor.cpp" line="401"/>
        <source>Anonymi&amp;ze Selection As</source>
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
    <name>Finetuner::App::SetLabelSchemaCommand</name>
    <message>
        <location filename="../app/commands/annotationcommands.cpp" line="41"/>
        <source>Change labels</source>
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
    <name>Finetuner::App::StatisticsDock</name>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="92"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="114"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="115"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="116"/>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="117"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="158"/>
        <location filename="../app/widgets/statisticsdock.cpp" line="171"/>
        <source>examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="168"/>
        <source>tokens per example (o200k_base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="183"/>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="193"/>
        <source>%1 examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="194"/>
        <source>%1 examples · %2 tokens · %3 over the %4-token limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::ValidationDock</name>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="34"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="38"/>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="54"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="54"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="54"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="54"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="115"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="115"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="116"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="117"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="119"/>
        <source>%1 (fix: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="123"/>
        <source>No problems in the %1 examples to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="124"/>
        <source>%1 examples to export: errors %2, warnings %3, notes %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/widgets/validationdock.cpp" line="181"/>
        <location filename="../app/widgets/validationdock.cpp" line="189"/>
        <source>Fix: %1</source>
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
        <location filename="../app/cli/validatecommand.cpp" line="391"/>
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
        <location filename="../app/cli/convertcommand.cpp" line="87"/>
        <location filename="../app/cli/anonymizecommand.cpp" line="43"/>
        <source>The chat export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="22"/>
        <location filename="../app/cli/convertcommand.cpp" line="93"/>
        <location filename="../app/cli/anonymizecommand.cpp" line="45"/>
        <source>How dates are written: auto (default), dmy, mdy or ymd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/parsecommand.cpp" line="28"/>
        <source>parse takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="83"/>
        <source>Write a prompt/completion JSONL line for each text message of one participant, as the seed scripts&apos; parse_convo did: {&quot;prompt&quot;: &quot;TIMESTAMP - TEXT&quot;, &quot;completion&quot;: &quot;&quot;}. With --anonymize, names become pseudonyms and phone numbers, e-mail addresses, links, IBANs, cards and IP addresses placeholders, as in the app; nothing is written if the leak check finds any left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="88"/>
        <source>The participant whose messages become prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="89"/>
        <source>A name to delete wherever it appears in the text (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="90"/>
        <source>Write TIMESTAMP - AUTHOR: TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="91"/>
        <source>Write to OUT instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="95"/>
        <source>Anonymize the text (and the author with --include-user) with the app&apos;s defaults and the options below; the counts of what was replaced go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="101"/>
        <source>convert takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="105"/>
        <source>convert needs --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="114"/>
        <source>%1 only applies with --anonymize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="128"/>
        <source>nobody named “%1” wrote in this chat; the participants are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="17"/>
        <source>Usage: finetuner-cli COMMAND [OPTIONS] FILE

Commands:
  parse     print the messages of a chat export as JSON Lines
  convert   write the seed scripts&apos; prompt/completion JSONL for one participant
  anonymize print the messages as parse does, anonymized as the app does it (also: convert --anonymize)
  tokens    count the tokens of a JSONL dataset, or of JSON strings, as OpenAI&apos;s tokenizers do
  validate  check a JSONL dataset as OpenAI&apos;s prepare_data and chat cookbook did; --fix fixes it

Run finetuner-cli COMMAND --help for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="58"/>
        <source>Count tokens as OpenAI&apos;s tokenizers do. For a JSONL dataset (prompt/completion or chat &quot;messages&quot; lines),
prints one JSON object per example and a last line with the totals; with --strings, each line of FILE is
one JSON string and each output line its token count (null for a line that is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="62"/>
        <source>The JSONL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="63"/>
        <source>o200k_base (default: GPT-4o, GPT-4.1 and later) or cl100k_base (GPT-4, GPT-3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="66"/>
        <source>Each line of FILE is one JSON string; print its token count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="70"/>
        <source>tokens takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="75"/>
        <source>unknown encoding “%1”; use o200k_base or cl100k_base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="88"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="158"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="163"/>
        <source>lines that could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="79"/>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="81"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="110"/>
        <source>more of this check, not shown: %1 (--max-per-check 0 shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="186"/>
        <source>%1: %2, examples: %3, lines: %4; errors: %5, warnings: %6, notes: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="203"/>
        <source>; --fix would apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="205"/>
        <source>; optional (--fix-also ID): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="219"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="220"/>
        <source>lines per fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="221"/>
        <source>; lines removed: %1, rewritten: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="223"/>
        <source>; lines that are not records, kept as they were: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="234"/>
        <source>Check a JSONL fine-tuning dataset (prompt/completion or chat messages) the way OpenAI&apos;s prepare_data tool and chat cookbook did, and optionally fix what can be fixed. Exit status: 0 when no errors (warnings and notes allowed), 1 when errors were found (with --fix: remain in the fixed file), 2 when the file cannot be read as JSON Lines or the arguments are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="238"/>
        <source>The JSONL dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="239"/>
        <source>Print one JSON object per issue per line instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="240"/>
        <source>Apply every fix that is not optional and write the fixed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="242"/>
        <source>Also apply the optional fix ID (repeatable, or comma-separated); implies --fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="243"/>
        <source>Where --fix writes (default: FILE with .fixed.jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="244"/>
        <source>Do not run the check ID (repeatable, or comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="245"/>
        <source>Print at most N issues of each check as text (default 20, 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="248"/>
        <source>Count tokens as o200k_base (default) or cl100k_base do, or with the quick estimate (estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="251"/>
        <source>List the checks and fixes and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="269"/>
        <source>validate takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="277"/>
        <source>--max-per-check takes a number, 0 or more, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="286"/>
        <source>unknown encoding “%1”; use o200k_base, cl100k_base or estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="294"/>
        <source>%1; token limits are checked with the estimate instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="300"/>
        <source>unknown check “%1”; --list-checks lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="311"/>
        <source>unknown fix “%1”; --list-checks lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="317"/>
        <source>-o is where --fix writes; add --fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="322"/>
        <source>--fix does not overwrite its input or write to standard output; choose another -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="354"/>
        <source>nothing to fix in %1; no file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="394"/>
        <source>wrote %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizecommand.cpp" line="38"/>
        <source>Print the messages of a chat export as parse does, one JSON object per line, anonymized as the app anonymizes them: each author as their pseudonym; in the text (system lines and attachment names too) names as pseudonyms and phone numbers, e-mail addresses, links, IBANs, cards and IP addresses as placeholders. The counts of what was replaced go to standard error. Nothing is printed if the leak check finds anything left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizecommand.cpp" line="50"/>
        <source>anonymize takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="88"/>
        <source>%1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="88"/>
        <source>%1 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="90"/>
        <source>%1 phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="91"/>
        <source>%1 phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="93"/>
        <source>%1 e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="94"/>
        <source>%1 e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="96"/>
        <source>%1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="96"/>
        <source>%1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="98"/>
        <source>%1 location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="99"/>
        <source>%1 locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="101"/>
        <source>%1 IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="101"/>
        <source>%1 IBANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="103"/>
        <source>%1 card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="104"/>
        <source>%1 card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="106"/>
        <source>%1 IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="107"/>
        <source>%1 IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="109"/>
        <source>%1 custom term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="110"/>
        <source>%1 custom terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="112"/>
        <source>%1 pattern match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="113"/>
        <source>%1 pattern matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="128"/>
        <source>How people are renamed: numbered (Person 1, Person 2… in the order they appear; the default) or surrogate (realistic first names nobody in the chat is called).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="133"/>
        <source>Keep TYPE as written: switch its detector off (repeatable, or a list with commas): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="137"/>
        <source>What replaces TYPE (repeatable): placeholder (&lt;PHONE&gt;, &lt;EMAIL&gt;…), redact (nothing), mask (••• ••••) or pseudonym (people&apos;s pseudonyms; other types get their placeholder). By default people get pseudonyms and the rest placeholders. TYPE as for --keep, or term or regex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="143"/>
        <source>A word or phrase anonymized wherever it stands as a word, in any case (repeatable); becomes &lt;PII&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="147"/>
        <source>An RE2 regular expression whose matches are anonymized (repeatable); they become &lt;PII&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="151"/>
        <source>A region (ISO 3166 code: GB, ES, US…) whose phone numbers in national form are found too, beyond those of the participants&apos; numbers and of the system locale (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="177"/>
        <source>unknown pseudonym style “%1”; use numbered or surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="184"/>
        <source>--keep: unknown type “%1”; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="193"/>
        <source>--operator takes TYPE=OPERATOR, such as phone=mask, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="199"/>
        <source>--operator: unknown type “%1”; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="206"/>
        <source>--operator: unknown operator “%1”; use placeholder, redact, mask or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="215"/>
        <source>--term needs a word or phrase, not an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="223"/>
        <source>--pattern needs a regular expression, not an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="239"/>
        <source>--region: “%1” is not a region code; use two letters of ISO 3166 such as GB or ES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="268"/>
        <source>the leak check found %1 leak; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="269"/>
        <source>the leak check found %1 leaks; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="286"/>
        <source>nothing to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="288"/>
        <source>anonymized %1 message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/anonymizationoptions.cpp" line="289"/>
        <source>anonymized %1 messages: %2</source>
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
        <location filename="../core/dataset/examplebuilder.cpp" line="204"/>
        <source>The prompt suffix and the stop sequence overlap: a model cannot tell the end of a prompt from the end of a completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/examplebuilder.cpp" line="244"/>
        <source>%1 prompt text(s) contain the prompt suffix “%2”; the first is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/examplebuilder.cpp" line="250"/>
        <source>%1 completion(s) contain the stop sequence “%2” before their end; the first is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="65"/>
        <source>a chat record in a file of prompt/completion records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="66"/>
        <source>a prompt/completion record in a file of chat records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="78"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="80"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="82"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="84"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="86"/>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="88"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="90"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="347"/>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="356"/>
        <source>not valid UTF-8 at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="359"/>
        <source>not valid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="366"/>
        <source>not a JSON object but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="370"/>
        <source>has both &quot;messages&quot; and &quot;prompt&quot; or &quot;completion&quot;: not clear which shape it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="374"/>
        <source>neither a prompt/completion nor a chat record: no &quot;prompt&quot;, &quot;completion&quot; or &quot;messages&quot; key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordedit.cpp" line="228"/>
        <source>the record is not of the expected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordedit.cpp" line="309"/>
        <source>a chat record has no prompt to replace: edit its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="48"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="50"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="52"/>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="54"/>
        <source>it is not a Finetuner project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="56"/>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="58"/>
        <source>reading or writing the disk failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="64"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="198"/>
        <source>the stored size of “%1” is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="208"/>
        <source>the stored “%1” is damaged (part %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="219"/>
        <source>the stored “%1” is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="432"/>
        <source>the stored dataset does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="449"/>
        <source>an edited record belongs to no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="860"/>
        <source>Could not save to %1: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="874"/>
        <source>Could not save to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="65"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="69"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="75"/>
        <source>“messages” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="83"/>
        <source>message %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="88"/>
        <source>message %1 has no “role” string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="97"/>
        <source>the content of message %1 is neither text nor a list of parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="121"/>
        <source>neither “messages” nor “prompt” and “completion”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="129"/>
        <source>“%1” is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="148"/>
        <source>not a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="174"/>
        <source>more than one JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="174"/>
        <source>an unescaped control character in the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="178"/>
        <source>the string ends in a lone backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="194"/>
        <source>a \u escape without four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/datasettokens.cpp" line="212"/>
        <source>an unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tokenizer.cpp" line="80"/>
        <source>cannot find the %1 rank file %2 in %3; run scripts/setup-deps and rebuild, or set FINETUNER_TOKENIZER_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="393"/>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="427"/>
        <location filename="../core/validate/parseddatasetreader.cpp" line="431"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="439"/>
        <source>The file is empty: there is nothing to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="441"/>
        <source>The file is UTF-16; JSON Lines must be UTF-8. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="447"/>
        <source>This is a binary file, not JSON Lines (a NUL byte on line %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="492"/>
        <source>The file holds only blank lines: there is nothing to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddatasetreader.cpp" line="495"/>
        <source>No line of this file is JSON, so it is not a JSON Lines dataset (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Checks</name>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="149"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="151"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="153"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="155"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="157"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="159"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/checkcontext.cpp" line="161"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="34"/>
        <source>Message %1 is %2, not an object with `role` and `content`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="48"/>
        <source>Message %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="48"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="52"/>
        <source>Message %1 has keys other than role, content, name, weight and function or tool calls: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="63"/>
        <source>Message %1 has the role `%2`; the roles are system, user, assistant, tool and function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="70"/>
        <source>Message %1 has a role that is %2, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="79"/>
        <source>Message %1 has empty content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="80"/>
        <source>Message %1 has only whitespace as content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="86"/>
        <source>The content of message %1 is a list (content parts); only text content (a string) can be checked and trained on here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="89"/>
        <source>The content of message %1 is %2, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="96"/>
        <source>The example has no assistant message: there is nothing to learn from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="106"/>
        <source>No `messages` list, or an empty one (missing_messages_list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="108"/>
        <source>A message without `role` or `content`, or one that is not an object (message_missing_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="110"/>
        <source>A message key other than role, content, name, weight, function_call, tool_calls, tool_call_id (message_unrecognized_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="113"/>
        <source>A role other than system, user, assistant, tool, function (unrecognized_role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="115"/>
        <source>Content that is empty or not a string (missing_content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="117"/>
        <source>An example with no assistant message (example_missing_assistant_message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="118"/>
        <source>Examples with no user message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="119"/>
        <source>Examples with no system message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="121"/>
        <source>An example over 16,385 tokens, counted as the cookbook counts them; it would be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="137"/>
        <source>The line has no `messages` list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="144"/>
        <source>The `messages` key is written `%1`; it should be lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="150"/>
        <source>`messages` is %1, not a list of messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="154"/>
        <source>`messages` is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="174"/>
        <source>The example has %1 tokens, over the %2 token limit: it will be truncated during fine-tuning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="183"/>
        <source>1 example has no user message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="184"/>
        <source>%1 examples have no user message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="188"/>
        <source>1 example has no system message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="189"/>
        <source>%1 examples have no system message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/chatchecks.cpp" line="191"/>
        <source>A system message defines the assistant&apos;s behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/datasetchecks.cpp" line="51"/>
        <source>Fewer than 100 examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/datasetchecks.cpp" line="53"/>
        <source>An example that is an exact copy of an earlier one (same prompt and completion, or the same messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/datasetchecks.cpp" line="71"/>
        <source>Your file contains %1 chat examples. In general, we recommend having at least a few hundred examples. We&apos;ve found that performance tends to linearly increase for every doubling of the number of examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/datasetchecks.cpp" line="74"/>
        <source>Your file contains %1 prompt-completion pairs. In general, we recommend having at least a few hundred examples. We&apos;ve found that performance tends to linearly increase for every doubling of the number of examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/datasetchecks.cpp" line="113"/>
        <source>Duplicate of line %1: the same messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/datasetchecks.cpp" line="115"/>
        <source>Duplicate of line %1: the same prompt and completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="18"/>
        <source>A line is not one JSON value (a syntax error, or trailing text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="20"/>
        <source>A line holds bytes that are not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="22"/>
        <source>The last line stops in the middle of a JSON value: the file was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="24"/>
        <source>A line is too long to be an example (over 16 MiB); it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="26"/>
        <source>An empty or whitespace-only line; json.loads() fails on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="28"/>
        <source>The file starts with a UTF-8 byte order mark, which Python&apos;s json.loads() rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="30"/>
        <source>A line is JSON but not an object (the cookbook&apos;s data_type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="32"/>
        <source>Prompt/completion lines and chat lines in one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="34"/>
        <source>No line has prompt/completion or messages keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="45"/>
        <source>The file starts with a UTF-8 byte order mark (BOM); Python&apos;s json.loads() and many trainers reject the first line because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="59"/>
        <source>The line is not valid JSON (column %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="60"/>
        <source>The line is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="65"/>
        <source>Invalid UTF-8 at column %1 (byte 0x%2): JSON Lines must be UTF-8; is the file in another encoding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="73"/>
        <source>The last line stops in the middle of a JSON value and has no line break: the file looks cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="78"/>
        <source>The line is %1 long, far more than any example can be; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="84"/>
        <source>Blank line: every line of JSON Lines must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="99"/>
        <source>The line is JSON but not an object; each line must be one example, {&quot;prompt&quot;: …, &quot;completion&quot;: …} or {&quot;messages&quot;: […]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="122"/>
        <source>The file mixes two shapes (chat lines: %1, prompt/completion lines: %2); a dataset has one. The %3 lines are listed and were not checked further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="126"/>
        <source>prompt/completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="126"/>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="137"/>
        <source>No line is a prompt/completion or chat example: none has &quot;prompt&quot;, &quot;completion&quot; or &quot;messages&quot; keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/jsonlchecks.cpp" line="139"/>
        <source>No line is a prompt/completion or chat example: none has &quot;prompt&quot;, &quot;completion&quot; or &quot;messages&quot; keys (keys seen: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="66"/>
        <source>The line has neither a `prompt` nor a `completion` key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="84"/>
        <source>The `%1` key is written `%2`; it should be lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="90"/>
        <source>The `%1` key is missing. Please make sure you name your keys appropriately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="95"/>
        <source>`%1` is %2, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="102"/>
        <source>The completion is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="103"/>
        <source>The completion is only whitespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="110"/>
        <source>The prompt is empty, while other prompts are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="134"/>
        <source>1 line has keys other than `prompt` and `completion`: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="136"/>
        <source>%1 lines have keys other than `prompt` and `completion`: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="139"/>
        <source>The legacy format wants exactly these two keys per line; most trainers ignore the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="148"/>
        <source>Some of them look like the prompt or completion (%1); only `prompt` and `completion` are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="165"/>
        <source>The example is very long: %1 tokens (prompt and completion). For conditional generation, and for classification the examples shouldn&apos;t be longer than %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="189"/>
        <source>More than a third of your `%1` text is uppercase. Uppercase %1s tend to perform worse than a mixture of case encountered in normal language; lower case the data if that makes sense in your domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="208"/>
        <source>All prompts are identical: `%1`. Consider leaving the prompts blank if you want to do open-ended generation, otherwise ensure prompts are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="217"/>
        <source>Your data does not contain a common separator at the end of your prompts. Having a separator string appended to the end of the prompt makes it clearer to the fine-tuned model where the completion should begin; add one such as `%1` to all prompts. If you intend to do open-ended generation, leave the prompts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="226"/>
        <source>All prompts end with the separator `%1`; prompts given to the fine-tuned model must end with it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="231"/>
        <source>The common prompt suffix `%1` seems very long. Consider replacing it with a shorter one, such as `%2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="246"/>
        <source>1 prompt contains the separator `%1` more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="247"/>
        <source>%1 prompts contain the separator `%2` more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="250"/>
        <source>, so the model cannot tell where the prompt ends. Review them and use a unique separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="261"/>
        <source>All prompts start with the prefix `%1`. Fine-tuning doesn&apos;t require the instruction specifying the task, or a few-shot example scenario. Most of the time you should only add the input data into the prompt, and the desired output into the completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="270"/>
        <source>All completions start with the prefix `%1`. Most of the time you should only add the output data into the completion, without any prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="289"/>
        <source>All completions are identical: `%1`. Ensure completions are different, otherwise the model will just repeat `%1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="297"/>
        <source>Your data does not contain a common ending at the end of your completions. Having a common ending string appended to the end of the completion makes it clearer to the fine-tuned model where the completion should end; add one such as `%1` and pass it as the stop sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="306"/>
        <source>All completions end with `%1`; use it as the stop sequence (stop=[&quot;%1&quot;]) so that generated text ends at the expected place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="311"/>
        <source>The common completion ending `%1` seems very long. Consider replacing it with a shorter one, such as `%2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="325"/>
        <source>1 completion contains the ending `%1` more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="326"/>
        <source>%1 completions contain the ending `%2` more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="329"/>
        <source>, so generation would stop early. Review them and use a unique ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="347"/>
        <source>1 completion does not start with a whitespace character (` `).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="348"/>
        <source>%1 completions do not start with a whitespace character (` `).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="350"/>
        <source>A leading space tends to produce better results due to the tokenization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="358"/>
        <source>Based on your data it seems like you&apos;re trying to fine-tune a model for classification: distinct completions: %1, examples: %2. For classification, a small, fast model is often enough, and you can estimate the expected performance by keeping a held-out validation set that is not used for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="366"/>
        <source>With two classes, `%1` (the most frequent) is the positive class for classification metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="377"/>
        <source>A line without `prompt` or `completion`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="379"/>
        <source>A key in another case than the format&apos;s (`Prompt`, `Messages`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="381"/>
        <source>`prompt` or `completion` that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="383"/>
        <source>Keys other than `prompt` and `completion`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="385"/>
        <source>An empty (or whitespace-only) completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="387"/>
        <source>An empty prompt where other prompts are not (all empty is open-ended generation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="389"/>
        <source>Prompt and completion together over 2048 tokens (not for open-ended generation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="391"/>
        <source>More than a third of the letters of the prompts (or completions) are uppercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="392"/>
        <source>Every prompt is the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="394"/>
        <source>The common separator all prompts end with, to end prompts with at inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="396"/>
        <source>The common prompt separator is over 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="398"/>
        <source>Prompts that contain the separator before their end as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="400"/>
        <source>The prompts share no separator at their end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="402"/>
        <source>All prompts start with the same text of over 12 characters (an instruction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="404"/>
        <source>All completions start with the same text of 5 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="406"/>
        <source>Every completion is the same text (conditional generation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="408"/>
        <source>The common ending all completions have, to use as the stop sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="410"/>
        <source>The common completion ending is over 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="412"/>
        <source>Completions that contain the ending before their end as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="414"/>
        <source>The completions share no ending (a stop sequence), for conditional generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="416"/>
        <source>Completions that do not start with whitespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/checks/promptcompletionchecks.cpp" line="418"/>
        <source>Fewer distinct completions than a third of the examples: advice for classification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::CustomRegexDetector</name>
    <message>
        <location filename="../core/anonymize/customregexdetector.cpp" line="28"/>
        <source>The pattern %1 is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Dataset</name>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="102"/>
        <source>This is a folder, not a dataset file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="108"/>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="117"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/dataset/dataset.cpp" line="191"/>
        <source>%n more broken line(s) not listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="206"/>
        <source>The file has no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="211"/>
        <source>Not a JSON Lines dataset: no line is a prompt/completion or chat record (it looks like one JSON document over several lines; JSON Lines has one record per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="214"/>
        <source>Not a JSON Lines dataset: no line is a prompt/completion or chat record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="354"/>
        <location filename="../core/dataset/dataset.cpp" line="372"/>
        <source>no such row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset.cpp" line="356"/>
        <location filename="../core/dataset/dataset.cpp" line="374"/>
        <source>the line is broken: %1</source>
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
    <name>Finetuner::Core::LeakCheck</name>
    <message>
        <location filename="../core/anonymize/leakcheck.cpp" line="385"/>
        <source>output line %1 still holds a %2 from the anonymized message on line %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::ParsedDataset</name>
    <message>
        <location filename="../core/validate/parseddataset.cpp" line="14"/>
        <source>prompt/completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddataset.cpp" line="16"/>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/parseddataset.cpp" line="20"/>
        <source>unknown shape</source>
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
    <name>Finetuner::Core::ProjectConnection</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="145"/>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::ProjectStore</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="490"/>
        <source>Could not save the project %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="495"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="576"/>
        <source>Could not open the project %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="584"/>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="584"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="590"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="590"/>
        <source>it is not a Finetuner project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="594"/>
        <source>it is an SQLite database, but not a Finetuner project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="598"/>
        <source>it was written by a newer Finetuner (project format %1; this version reads up to %2). The file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="607"/>
        <source>The project %1 is read-only: changes stay in memory until you save it elsewhere with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="620"/>
        <source>it needs updating to project format %1, and the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="632"/>
        <source>it holds a kind of project this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="634"/>
        <source>its messages are stored in a layout this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="646"/>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="675"/>
        <location filename="../core/project/projectstore.cpp" line="712"/>
        <source>the participants are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="685"/>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="695"/>
        <source>the identity map is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="729"/>
        <location filename="../core/project/projectstore.cpp" line="736"/>
        <source>the per-message choices are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="747"/>
        <source>a completion belongs to no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="763"/>
        <source>the labels of message %1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="774"/>
        <source>the label schema is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="788"/>
        <source>the anonymization settings are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="800"/>
        <source>the anonymization of message %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::ShapeHandler</name>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="204"/>
        <source>message %1 has no &quot;role&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="241"/>
        <source>&quot;prompt&quot; is not a string but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="245"/>
        <source>&quot;completion&quot; is not a string but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="249"/>
        <source>&quot;messages&quot; is not a list but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="258"/>
        <source>message %1 is not an object but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="262"/>
        <source>&quot;role&quot; of message %1 is not a string but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="265"/>
        <source>&quot;content&quot; of message %1 is not a string or a list of parts but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dataset/recordcheck.cpp" line="272"/>
        <source>part %1 of the content of message %2 is not an object but %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Tokenize::BytePairRanks</name>
    <message>
        <location filename="../core/tokenize/bytepairranks.cpp" line="117"/>
        <source>line %1 is not “BASE64 RANK”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/bytepairranks.cpp" line="126"/>
        <source>it holds no ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/bytepairranks.cpp" line="145"/>
        <source>the bytes of rank %1 have a rank already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/bytepairranks.cpp" line="160"/>
        <source>byte %1 has no rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Tokenizer</name>
    <message>
        <location filename="../core/tokenize/tokenizer.cpp" line="134"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tokenize/tokenizer.cpp" line="142"/>
        <source>%1 is not a rank file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::Validator</name>
    <message>
        <location filename="../core/validate/validator.cpp" line="36"/>
        <source>Remove the byte order mark at the start of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="37"/>
        <source>Remove blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="38"/>
        <source>Rename `Prompt`, `Completion`, `Messages` keys to lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="40"/>
        <source>Remove examples with an empty completion (or an empty prompt where others have one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="41"/>
        <source>Remove later copies of an example, keeping the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="42"/>
        <source>Remove examples over the token limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="43"/>
        <source>Append the suggested separator to every prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="44"/>
        <source>Put a space in front of completions that do not start with whitespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="45"/>
        <source>Append the suggested ending to every completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="47"/>
        <source>Remove keys other than `prompt` and `completion` (prompt/completion) or unrecognised message keys (chat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="49"/>
        <source>Remove the common prefix from every prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="51"/>
        <source>Remove the common prefix from every completion, keeping one leading space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/validate/validator.cpp" line="52"/>
        <source>Lower-case every prompt (or completion).</source>
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
    <name>QDialog</name>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="41"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dialogs/labelschemadialog.cpp" line="53"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../app/widgets/statisticsdock.cpp" line="64"/>
        <source>others</source>
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
        <location filename="../app/main.cpp" line="37"/>
        <source>A project (.finetuner) or a chat export to open; without one, the last project reopens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

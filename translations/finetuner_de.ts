<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Finetuner::App::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="33"/>
        <source>Finetuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="53"/>
        <source>Open a WhatsApp chat export (File › Open, or drop it on the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="61"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>&amp;Open Chat Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="71"/>
        <source>Open Chat Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="72"/>
        <source>WhatsApp chat exports (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>Cannot Open Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="91"/>
        <source>%1 – Finetuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>Messages: %1 · participants: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source> · warnings while reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Chat Opened with Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="101"/>
        <source>Some lines of %1 need a look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::App::MessageTableModel</name>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="57"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="59"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="61"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="63"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="100"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="102"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="104"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="106"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/models/messagetablemodel.cpp" line="108"/>
        <source>Message</source>
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
        <location filename="../core/import/whatsappimporter.cpp" line="199"/>
        <source>This line comes before the first message and is not part of any message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="219"/>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="227"/>
        <source>This is not a WhatsApp chat export: no line starts with a date and time like “31/12/2021, 23:59 - ” or “[31/12/2021, 23:59:59] ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="234"/>
        <source>%1 lines before the first message in all are not part of any message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="317"/>
        <source>The date order %1 does not fit this file, whose dates look like “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="341"/>
        <source>The dates disagree: %1 headers can only be day/month/year and %2 only month/day/year. The file is read as %3; the other lines are kept as message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="367"/>
        <source>No day above 12 tells the date order; read as %1 because that keeps the messages in chronological order. Use the date order option to force the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="375"/>
        <source>The date order is ambiguous: no day above 12 tells day/month/year from month/day/year. Assumed %1; use the date order option to force the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="408"/>
        <source>This line looks like the first message, but its date is impossible read as %1; it and the lines up to the next message are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="424"/>
        <source>This line looks like a message header, but its date is impossible read as %1; it is kept as text of the message at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="436"/>
        <source>No message has a valid date read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finetuner::Core::WhatsAppImporter</name>
    <message>
        <location filename="../core/import/whatsappimporter.cpp" line="452"/>
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

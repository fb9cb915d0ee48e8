<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClientCard</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/client_card.py" line="121"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportControls</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_controls.py" line="110"/>
        <source>%n client(s) exported to %1</source>
        <translation>
            <numerusform>%n client exported to %1</numerusform>
            <numerusform>%n clients exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_controls.py" line="114"/>
        <source>%n client(s) without consent to mailings left out</source>
        <translation>
            <numerusform>%n client without consent to mailings left out</numerusform>
            <numerusform>%n clients without consent to mailings left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_controls.py" line="188"/>
        <source>%n client(s) copied: paste them into Excel or another table</source>
        <translation>
            <numerusform>%n client copied: paste it into Excel or another table</numerusform>
            <numerusform>%n clients copied: paste them into Excel or another table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_dialog.py" line="56"/>
        <source>The table&apos;s list: %n client(s)</source>
        <translation>
            <numerusform>The table&apos;s list: %n client</numerusform>
            <numerusform>The table&apos;s list: %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_dialog.py" line="57"/>
        <source>The %n selected client(s)</source>
        <translation>
            <numerusform>The %n selected client</numerusform>
            <numerusform>The %n selected clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/filter_bar.py" line="162"/>
        <source>Bought in the last %n day(s)</source>
        <translation>
            <numerusform>Bought in the last %n day</numerusform>
            <numerusform>Bought in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/filter_bar.py" line="163"/>
        <source>No purchases for %n day(s)</source>
        <translation>
            <numerusform>No purchases for %n day</numerusform>
            <numerusform>No purchases for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_dialog.py" line="376"/>
        <source>Leave out the %n row(s) the sheet hides (by a filter or by hand)</source>
        <translation>
            <numerusform>Leave out the row the sheet hides (by a filter or by hand)</numerusform>
            <numerusform>Leave out the %n rows the sheet hides (by a filter or by hand)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_history_dialog.py" line="115"/>
        <source>%n client(s) of this import were worked on after it: a card edited, or purchases, calls or reminders added. Undoing the whole import would remove them or give them back their old cards, and that work with them.</source>
        <translation>
            <numerusform>%n client of this import was worked on after it: a card edited, or purchases, calls or reminders added. Undoing the whole import would remove it or give it back its old card, and that work with it.</numerusform>
            <numerusform>%n clients of this import were worked on after it: a card edited, or purchases, calls or reminders added. Undoing the whole import would remove them or give them back their old cards, and that work with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_preview.py" line="466"/>
        <source>New client, without %n value(s)</source>
        <translation>
            <numerusform>New client, without %n value</numerusform>
            <numerusform>New client, without %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_preview.py" line="480"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPrintDialog</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/print_dialogs.py" line="41"/>
        <source>Only the %n selected client(s)</source>
        <translation>
            <numerusform>Only the %n selected client</numerusform>
            <numerusform>Only the %n selected clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/main_window.py" line="429"/>
        <source>%n client(s) moved to the archive</source>
        <translation>
            <numerusform>%n client moved to the archive</numerusform>
            <numerusform>%n clients moved to the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/main_window.py" line="437"/>
        <source>%n client(s) restored</source>
        <translation>
            <numerusform>%n client restored</numerusform>
            <numerusform>%n clients restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/main_window.py" line="447"/>
        <source>Delete %n client(s) with their purchases and history for good?
Archiving keeps them and can be undone; deleting cannot.</source>
        <translation>
            <numerusform>Delete %n client with their purchases and history for good?
Archiving keeps them and can be undone; deleting cannot.</numerusform>
            <numerusform>Delete %n clients with their purchases and history for good?
Archiving keeps them and can be undone; deleting cannot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/print_preview.py" line="69"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/card_tabs.py" line="60"/>
        <source>%n purchase(s), total %1</source>
        <translation>
            <numerusform>%n purchase, total %1</numerusform>
            <numerusform>%n purchases, total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderControls</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_controls.py" line="111"/>
        <source>Reminder for %n client(s)</source>
        <translation>
            <numerusform>Reminder for %n client</numerusform>
            <numerusform>Reminder for %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_controls.py" line="120"/>
        <source>%n reminder(s) added</source>
        <translation>
            <numerusform>%n reminder added</numerusform>
            <numerusform>%n reminders added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_controls.py" line="148"/>
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n event exported to %1</numerusform>
            <numerusform>%n events exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_notifier.py" line="60"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_notifier.py" line="61"/>
        <source>Reminder</source>
        <translation>
            <numerusform>Reminder</numerusform>
            <numerusform>Reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/today_panel.py" line="91"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
</context>
</TS>

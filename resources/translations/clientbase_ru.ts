<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <location filename="../../clientbase/ui/about.py" line="20"/>
        <source>ClientBase %1
Clients, purchases and reminders of a small shop.

Database: %2
Schema version: %3
Qt %4, Python %5</source>
        <translation>ClientBase %1
Клиенты, покупки и напоминания небольшого магазина.

База: %2
Версия схемы базы: %3
Qt %4, Python %5</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/about.py" line="34"/>
        <source>About ClientBase</source>
        <translation>О программе ClientBase</translation>
    </message>
</context>
<context>
    <name>AreaCodeField</name>
    <message>
        <location filename="../../clientbase/ui/area_code_field.py" line="22"/>
        <source>e.g. 4822</source>
        <translation>например, 4822</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/area_code_field.py" line="26"/>
        <source>Numbers of five to seven digits without an area code are dialled with this one. A «Код города» column of the sheet wins over it.</source>
        <translation>Номера из пяти–семи цифр без кода города получат этот код. Если в таблице есть столбец «Код города», берётся он.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/area_code_field.py" line="33"/>
        <source>Area code of local numbers:</source>
        <translation>Код города для местных номеров:</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../clientbase/ui/background.py" line="70"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>BackupControls</name>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="84"/>
        <source>Create &amp;backup…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="85"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="86"/>
        <source>Backup &amp;settings…</source>
        <translation>&amp;Настройки резервного копирования…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="87"/>
        <source>&amp;Check and repair database…</source>
        <translation>&amp;Проверить и исправить базу…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="108"/>
        <source>A base on a server is backed up by hand (File → Create backup…), to %1.</source>
        <translation>Базу на сервере копируют вручную (Файл → Создать резервную копию…), в %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="111"/>
        <source>Automatic backups are off. Backups made by hand go to %1.</source>
        <translation>Автоматические копии выключены. Копии, сделанные вручную, сохраняются в %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="115"/>
        <source>On closing the program, to %1.</source>
        <translation>При закрытии программы, в %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="117"/>
        <source>Every %2 h while the program is open and on closing, to %1.</source>
        <translation>Каждые %2 ч, пока программа открыта, и при закрытии, в %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="119"/>
        <source>Every %2 h while the program is open, to %1.</source>
        <translation>Каждые %2 ч, пока программа открыта, в %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="137"/>
        <source>No backup of this base has been made yet.</source>
        <translation>Резервная копия этой базы ещё ни разу не создавалась.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="139"/>
        <source>The last backup of this base was made on %1.</source>
        <translation>Последняя резервная копия этой базы создана %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="143"/>
        <source>A failed disk or a stolen computer would take every client.</source>
        <translation>Сломанный диск или украденный компьютер унесут всех клиентов.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="161"/>
        <location filename="../../clientbase/ui/backup_controls.py" line="210"/>
        <source>Making a backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="169"/>
        <source>Create backup</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="173"/>
        <source>Backup saved: %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="187"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="224"/>
        <source>Automatic backup</source>
        <translation>Автоматическое копирование</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="225"/>
        <source>The backup on closing failed: %1</source>
        <translation>Копирование при закрытии не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="234"/>
        <location filename="../../clientbase/ui/backup_controls.py" line="245"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="236"/>
        <source>ClientBase backups (*.zip);;All files (*)</source>
        <translation>Резервные копии ClientBase (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="265"/>
        <source>Check database</source>
        <translation>Проверка базы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="267"/>
        <source>Checking the database…</source>
        <translation>Проверяется база…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="271"/>
        <source>The database checked clean: no damage was found.</source>
        <translation>База проверена: повреждений нет.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="279"/>
        <source>The check found damage:
%1

Repair now? Indexes are rebuilt from the data; nothing is deleted. If the damage stays, restore the latest backup.</source>
        <translation>Проверка нашла повреждения:
%1

Исправить сейчас? Индексы будут построены заново по данным; ничего не удаляется. Если повреждения останутся, восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="288"/>
        <source>Repairing the database…</source>
        <translation>База исправляется…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="292"/>
        <source>The database was repaired.</source>
        <translation>База исправлена.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="297"/>
        <source>The damage could not be repaired. Restore the latest backup.</source>
        <translation>Повреждения исправить не удалось. Восстановите последнюю резервную копию.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="182"/>
        <source>Backup settings</source>
        <translation>Настройки резервного копирования</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="184"/>
        <source>off</source>
        <translation>выключено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="185"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="186"/>
        <source>Make a backup when the program closes</source>
        <translation>Создавать копию при закрытии программы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="188"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="189"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="195"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="196"/>
        <source>Every (while open):</source>
        <translation>Каждые (пока программа открыта):</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="198"/>
        <source>Warn when the last backup is older than:</source>
        <translation>Предупреждать, если последней копии больше:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="199"/>
        <source>Keep the latest backups:</source>
        <translation>Хранить последних копий:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="200"/>
        <source>Keep daily backups:</source>
        <translation>Хранить ежедневных копий:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="201"/>
        <source>Keep weekly backups:</source>
        <translation>Хранить еженедельных копий:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="202"/>
        <source>Keep monthly backups:</source>
        <translation>Хранить ежемесячных копий:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="205"/>
        <source>Choose a USB stick or a synced folder (Yandex Disk, OneDrive) to keep backups away from this computer. Backups made by hand are never deleted.</source>
        <translation>Выберите флешку или синхронизируемую папку (Яндекс Диск, OneDrive), чтобы копии хранились не только на этом компьютере. Копии, созданные вручную, никогда не удаляются.</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <location filename="../../clientbase/ui/backup_controls.py" line="53"/>
        <source>Create backup now</source>
        <translation>Создать копию сейчас</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="49"/>
        <source>Birthday: %1, %2 years</source>
        <translation>День рождения: %1, исполняется %2</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="52"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="54"/>
        <source>Birthday, %1 years</source>
        <translation>День рождения, исполняется %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="47"/>
        <source>Birthday: %1</source>
        <translation>День рождения: %1</translation>
    </message>
</context>
<context>
    <name>CalendarWindow</name>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="163"/>
        <source>Calendar — %1</source>
        <translation>Календарь — %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="168"/>
        <source>&lt;span style=&apos;color:#1565c0&apos;&gt;● reminders&lt;/span&gt; · &lt;span style=&apos;color:#d84315&apos;&gt;♥ birthdays&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1565c0&apos;&gt;● напоминания&lt;/span&gt; · &lt;span style=&apos;color:#d84315&apos;&gt;♥ дни рождения&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="171"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="173"/>
        <source>New reminder…</source>
        <translation>Новое напоминание…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="189"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="190"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="191"/>
        <source>Next 30 days</source>
        <translation>Ближайшие 30 дней</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="199"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="201"/>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
</context>
<context>
    <name>CallDoneDialog</name>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="38"/>
        <source>Call done</source>
        <translation>Звонок сделан</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="41"/>
        <source>e.g. thinks it over, call on Friday</source>
        <translation>например: думает, перезвонить в пятницу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="42"/>
        <source>Write the call into the client&apos;s history</source>
        <translation>Записать звонок в историю клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="44"/>
        <source>Call again on</source>
        <translation>Позвонить снова</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="57"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="33"/>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="36"/>
        <source>Client &amp;card</source>
        <translation>&amp;Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="38"/>
        <source>&amp;Invoice for the selected purchase</source>
        <translation>&amp;Счёт на выбранную покупку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="40"/>
        <source>&amp;Greeting letter</source>
        <translation>&amp;Поздравительное письмо</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="51"/>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="60"/>
        <location filename="../../clientbase/ui/card_printing.py" line="67"/>
        <location filename="../../clientbase/ui/card_printing.py" line="73"/>
        <location filename="../../clientbase/ui/card_printing.py" line="94"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="61"/>
        <source>Choose a purchase on the Purchases tab first.</source>
        <translation>Сначала выберите покупку на вкладке «Покупки».</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="69"/>
        <source>The shop&apos;s details are not filled in, so the invoice names no seller. Fill them in under File → Shop details and templates.</source>
        <translation>Реквизиты магазина не заполнены, поэтому в счёте не указан поставщик. Заполните их: Файл → Реквизиты и шаблоны документов.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="80"/>
        <source>Greeting letter</source>
        <translation>Поздравительное письмо</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_printing.py" line="96"/>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="68"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="69"/>
        <source>&amp;Purchases</source>
        <translation>&amp;Покупки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="70"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="71"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="95"/>
        <location filename="../../clientbase/ui/client_card.py" line="96"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="98"/>
        <source>Save the client to add purchases, history and reminders.</source>
        <translation>Сохраните клиента, чтобы добавлять покупки, историю и напоминания.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="118"/>
        <source>Total spent: %1</source>
        <translation>Всего покупок на %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/client_card.py" line="121"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n покупка</numerusform>
            <numerusform>%n покупки</numerusform>
            <numerusform>%n покупок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="124"/>
        <source>last on %1</source>
        <translation>последняя %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="126"/>
        <source>referred by %1</source>
        <translation>по рекомендации: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="130"/>
        <source>client since %1</source>
        <translation>клиент с %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="159"/>
        <location filename="../../clientbase/ui/client_card.py" line="165"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="160"/>
        <source>This client was deleted meanwhile; the card cannot be saved.</source>
        <translation>Этот клиент уже удалён; карточку нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="190"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_card.py" line="191"/>
        <source>The card has changes that are not saved. Save them?</source>
        <translation>В карточке есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="87"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="93"/>
        <location filename="../../clientbase/ui/client_form.py" line="152"/>
        <location filename="../../clientbase/ui/client_form.py" line="435"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="93"/>
        <location filename="../../clientbase/ui/client_form.py" line="96"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="93"/>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="96"/>
        <location filename="../../clientbase/ui/client_form.py" line="153"/>
        <location filename="../../clientbase/ui/client_form.py" line="436"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="96"/>
        <source>Add e-mail</source>
        <translation>Добавить e-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="102"/>
        <location filename="../../clientbase/ui/client_form.py" line="113"/>
        <source>Not set</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="104"/>
        <source>e.g. weekdays after 18:00</source>
        <translation>например, по будням после 18:00</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="112"/>
        <source>VIP client</source>
        <translation>VIP-клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="118"/>
        <source>comma-separated, e.g. wholesale, birthday</source>
        <translation>через запятую, например: опт, день рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="127"/>
        <source>The number your earlier program or sheet gave the client; orders imported from there find the client by it</source>
        <translation>Номер, который клиенту дала прежняя программа или таблица; заказы, перенесённые оттуда, находят клиента по нему</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="131"/>
        <source>Agreed to receive offers</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="139"/>
        <source>Interests, preferences, anything worth remembering</source>
        <translation>Интересы, предпочтения, всё, что стоит помнить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="150"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="151"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="154"/>
        <location filename="../../clientbase/ui/client_form.py" line="171"/>
        <location filename="../../clientbase/ui/client_form.py" line="434"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="156"/>
        <source>Add contact person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="164"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="166"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="167"/>
        <location filename="../../clientbase/ui/client_form.py" line="432"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="168"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="169"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="170"/>
        <location filename="../../clientbase/ui/client_form.py" line="433"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="174"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="178"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="179"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="180"/>
        <source>VK</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="181"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="182"/>
        <source>Preferred channel</source>
        <translation>Удобный способ связи</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="183"/>
        <source>Convenient time</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="185"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="187"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="188"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="189"/>
        <source>Street, house</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="190"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="192"/>
        <source>Relationship</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="194"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="196"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="197"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="198"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="200"/>
        <location filename="../../clientbase/ui/client_form.py" line="437"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="201"/>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="202"/>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="206"/>
        <location filename="../../clientbase/ui/client_form.py" line="438"/>
        <source>Marketing</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="208"/>
        <source>Company details</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="210"/>
        <location filename="../../clientbase/ui/client_form.py" line="439"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="211"/>
        <location filename="../../clientbase/ui/client_form.py" line="440"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="212"/>
        <location filename="../../clientbase/ui/client_form.py" line="441"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="213"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="214"/>
        <location filename="../../clientbase/ui/client_form.py" line="442"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="215"/>
        <location filename="../../clientbase/ui/client_form.py" line="443"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="216"/>
        <location filename="../../clientbase/ui/client_form.py" line="444"/>
        <source>Corr. account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="222"/>
        <source>Notes and interests</source>
        <translation>Заметки и интересы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="445"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/client_form.py" line="199"/>
        <location filename="../../clientbase/ui/client_form.py" line="446"/>
        <source>Referred by</source>
        <translation>Рекомендовал(а)</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="62"/>
        <source>Name</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="63"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="64"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="65"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="66"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="67"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="68"/>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="69"/>
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="70"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="71"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/clients_model.py" line="230"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="35"/>
        <source>row {line}, {column}: {why} ({code})</source>
        <translation>строка {line}, {column}: {why} ({code})</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="45"/>
        <source>row {line}: no name, not imported (it holds: {held})</source>
        <translation>строка {line}: нет имени, не импортирована (в ней: {held})</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="49"/>
        <source>row {line}: no name, not imported (it holds: {held}); --rows-without-name above adds it to the client in row {above}</source>
        <translation>строка {line}: нет имени, не импортирована (в ней: {held}); --rows-without-name above добавит её к клиенту в строке {above}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="58"/>
        <source>these rows were imported already, on {at} from {file}, import {batch}</source>
        <translation>эти строки уже импортированы {at} из {file}, импорт {batch}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="69"/>
        <source>clients of import {batch} worked on since (edited, or given purchases, calls or reminders): {count}; undoing would remove or reset them with that work. Add --keep-worked-on to keep them as they are, or --all to take them back too</source>
        <translation>клиентов импорта {batch}, с которыми работали после него (изменили карточку, добавили покупки, звонки или напоминания): {count}; отмена удалила бы их или вернула к прежнему вместе с этой работой. Добавьте --keep-worked-on, чтобы оставить их как есть, или --all, чтобы отменить и их</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="79"/>
        <source>Repeat the password: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="80"/>
        <source>Backup password: </source>
        <translation>Пароль резервной копии: </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="84"/>
        <source>the passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/system_language.py" line="88"/>
        <source>--encrypt needs a password (set ${variable})</source>
        <translation>для --encrypt нужен пароль (задайте ${variable})</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../clientbase/ui/controller.py" line="87"/>
        <location filename="../../clientbase/ui/controller.py" line="122"/>
        <source>Restoring the backup…</source>
        <translation>Восстанавливается резервная копия…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/controller.py" line="105"/>
        <location filename="../../clientbase/ui/controller.py" line="110"/>
        <location filename="../../clientbase/ui/controller.py" line="118"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/controller.py" line="111"/>
        <location filename="../../clientbase/ui/controller.py" line="136"/>
        <source>The backup was restored. The base as it was is kept in %1</source>
        <translation>Резервная копия восстановлена. Прежняя база сохранена в %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/controller.py" line="168"/>
        <source>Connect to server</source>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/controller.py" line="169"/>
        <source>Enter the password for the base on the server.</source>
        <translation>Введите пароль к базе на сервере.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/controller.py" line="231"/>
        <source>The base «%1» is protected. Enter the password:</source>
        <translation>База «%1» защищена паролем. Введите пароль:</translation>
    </message>
</context>
<context>
    <name>CreateBackupDialog</name>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="119"/>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="132"/>
        <source>Create backup</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="124"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="125"/>
        <source>Password (optional):</source>
        <translation>Пароль (необязательно):</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="128"/>
        <source>A backup with a password can only be restored with it. Keep the password safe: it cannot be recovered.</source>
        <translation>Копию с паролем можно восстановить только с этим паролем. Сохраните его: восстановить пароль невозможно.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="136"/>
        <source>The two passwords differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="139"/>
        <source>Analytics — %1</source>
        <translation>Аналитика — %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="143"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="144"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="145"/>
        <source>Segment &amp;rules…</source>
        <translation>&amp;Правила сегментов…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="149"/>
        <source>Revenue by month</source>
        <translation>Выручка по месяцам</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="150"/>
        <source>New clients by month</source>
        <translation>Новые клиенты по месяцам</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="151"/>
        <source>Clients by segment (click a bar to see them)</source>
        <translation>Клиенты по сегментам (щёлкните полосу, чтобы увидеть их)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="152"/>
        <source>Where clients came from</source>
        <translation>Откуда пришли клиенты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="156"/>
        <source>Top 10 clients</source>
        <translation>10 лучших клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="156"/>
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="156"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="199"/>
        <source>Active clients: %1 · buyers: %2 · revenue in 12 months: %3</source>
        <translation>Активных клиентов: %1 · покупателей: %2 · выручка за 12 месяцев: %3</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="217"/>
        <source>Not given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="312"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="79"/>
        <source>Print call list</source>
        <translation>Печать списка звонков</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="84"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="85"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="40"/>
        <source>Shop details and document templates</source>
        <translation>Реквизиты магазина и шаблоны документов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="43"/>
        <source>Shop or company name:</source>
        <translation>Название магазина или организации:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="44"/>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="45"/>
        <source>KPP:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="46"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="47"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="48"/>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="49"/>
        <source>BIK:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="50"/>
        <source>Account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="51"/>
        <source>Correspondent account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="52"/>
        <source>Signs invoices:</source>
        <translation>Подписывает счета:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="72"/>
        <source>Greeting letter:</source>
        <translation>Поздравительное письмо:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="74"/>
        <source>Note under an invoice:</source>
        <translation>Примечание под счётом:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="77"/>
        <source>Fields filled in from the client&apos;s card: %1</source>
        <translation>Поля, которые заполняются из карточки клиента: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="79"/>
        <source>Restore the standard texts</source>
        <translation>Вернуть стандартные тексты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="85"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/documents_dialog.py" line="86"/>
        <source>Texts</source>
        <translation>Тексты</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="17"/>
        <source>person or company</source>
        <translation>человек или компания</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="18"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="19"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="20"/>
        <source>middle name</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="21"/>
        <source>company name</source>
        <translation>название компании</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="22"/>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="23"/>
        <source>e-mails</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="24"/>
        <source>messengers</source>
        <translation>мессенджеры</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="25"/>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="26"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="27"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="28"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="29"/>
        <source>postcode</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="30"/>
        <source>preferred channel</source>
        <translation>способ связи</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="31"/>
        <source>when to call</source>
        <translation>когда звонить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="32"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="33"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="34"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="35"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="36"/>
        <source>referred by</source>
        <translation>кто привёл</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="37"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="38"/>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="39"/>
        <source>loyalty card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="40"/>
        <source>client code</source>
        <translation>код клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="41"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="42"/>
        <source>marketing consent</source>
        <translation>согласие на рассылку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="43"/>
        <source>consent date</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="44"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="45"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="46"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="47"/>
        <source>bank</source>
        <translation>банк</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="48"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="49"/>
        <source>account</source>
        <translation>расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="50"/>
        <source>correspondent account</source>
        <translation>корр. счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="51"/>
        <source>contact persons</source>
        <translation>контактные лица</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="58"/>
        <source>«%1» was saved on another computer (%2) while you were editing it.</source>
        <translation>Карточку «%1» сохранили на другом компьютере (%2), пока вы её редактировали.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="64"/>
        <source>Changed there: %1.</source>
        <translation>Там изменили: %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="68"/>
        <source>Your changes are not saved yet. Load the card as it is now (your changes are dropped), or save yours over it?</source>
        <translation>Ваши изменения ещё не сохранены. Загрузить карточку в нынешнем виде (ваши изменения пропадут) или сохранить ваши поверх?</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="83"/>
        <source>Changed meanwhile</source>
        <translation>Карточку уже изменили</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="87"/>
        <source>Load their version</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="90"/>
        <source>Save mine over it</source>
        <translation>Сохранить мои поверх</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/edit_conflicts.py" line="92"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>EmptyBaseHint</name>
    <message>
        <location filename="../../clientbase/ui/empty_base_hint.py" line="24"/>
        <source>No clients yet.

Bring in your Excel sheet: File → Import clients (Ctrl+I), drag the file onto this window, or copy its rows in Excel and press Ctrl+V here.

Or add a client by hand: Ctrl+N.</source>
        <translation>Клиентов пока нет.

Перенесите свою таблицу Excel: Файл → Импорт клиентов (Ctrl+I), перетащите файл в это окно или скопируйте её строки в Excel и нажмите здесь Ctrl+V.

Или добавьте клиента вручную: Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>ExportControls</name>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="46"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="49"/>
        <source>Export &amp;mailing list…</source>
        <translation>Экспорт списка для &amp;рассылки…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="53"/>
        <source>Cop&amp;y</source>
        <translation>Ко&amp;пировать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="62"/>
        <location filename="../../clientbase/ui/export_controls.py" line="67"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="67"/>
        <source>Export mailing list</source>
        <translation>Экспорт списка для рассылки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="91"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_controls.py" line="110"/>
        <source>%n client(s) exported to %1</source>
        <translation>
            <numerusform>%n клиент выгружен в %1</numerusform>
            <numerusform>%n клиента выгружены в %1</numerusform>
            <numerusform>%n клиентов выгружены в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_controls.py" line="114"/>
        <source>%n client(s) without consent to mailings left out</source>
        <translation>
            <numerusform>%n клиент без согласия на рассылку не включён</numerusform>
            <numerusform>%n клиента без согласия на рассылку не включены</numerusform>
            <numerusform>%n клиентов без согласия на рассылку не включены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="117"/>
        <source>no program here opens %1 files</source>
        <translation>на этом компьютере нет программы, которая открывает файлы %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="127"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="128"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="129"/>
        <source>LibreOffice (*.ods)</source>
        <translation>LibreOffice (*.ods)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="130"/>
        <source>Contacts for phones (*.vcf)</source>
        <translation>Контакты для телефона (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="134"/>
        <source>Mailing list</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="134"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="164"/>
        <source>Copy clients</source>
        <translation>Копирование клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_controls.py" line="171"/>
        <source>Copying…</source>
        <translation>Копирование…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_controls.py" line="188"/>
        <source>%n client(s) copied: paste them into Excel or another table</source>
        <translation>
            <numerusform>%n клиент скопирован: вставьте его в Excel или другую таблицу</numerusform>
            <numerusform>%n клиента скопировано: вставьте их в Excel или другую таблицу</numerusform>
            <numerusform>%n клиентов скопировано: вставьте их в Excel или другую таблицу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="52"/>
        <source>Export mailing list</source>
        <translation>Экспорт списка для рассылки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="52"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_dialog.py" line="56"/>
        <source>The table&apos;s list: %n client(s)</source>
        <translation>
            <numerusform>Список таблицы: %n клиент</numerusform>
            <numerusform>Список таблицы: %n клиента</numerusform>
            <numerusform>Список таблицы: %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/export_dialog.py" line="57"/>
        <source>The %n selected client(s)</source>
        <translation>
            <numerusform>Выделенный %n клиент</numerusform>
            <numerusform>Выделенные %n клиента</numerusform>
            <numerusform>Выделенные %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="58"/>
        <source>All clients of the base, whatever the filter</source>
        <translation>Все клиенты базы, без учёта фильтра</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="68"/>
        <source>Every field (the file imports back)</source>
        <translation>Все поля (файл загружается обратно)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="69"/>
        <source>The table&apos;s columns, as shown</source>
        <translation>Столбцы таблицы, как на экране</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="81"/>
        <source>Purchases on a second sheet</source>
        <translation>Покупки на втором листе</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="86"/>
        <source>Semicolon ; (Excel in Russia)</source>
        <translation>Точка с запятой ; (Excel в России)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="87"/>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="88"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="102"/>
        <source>Open the file when it is written</source>
        <translation>Открыть файл после экспорта</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="107"/>
        <source>Clients:</source>
        <translation>Клиенты:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="109"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="115"/>
        <source>Separator:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="116"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/export_dialog.py" line="119"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="53"/>
        <source>Search: name, phone, e-mail, city, notes…</source>
        <translation>Поиск: ФИО, телефон, e-mail, город, заметки…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="56"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="60"/>
        <source>VIP only</source>
        <translation>Только VIP</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="64"/>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="77"/>
        <source>Any birthday</source>
        <translation>Любой день рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="79"/>
        <source>Birthday in %1</source>
        <translation>Именинники: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="87"/>
        <source>Any consent</source>
        <translation>Любое согласие</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="88"/>
        <source>Agreed to mailings</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="89"/>
        <source>No mailing consent</source>
        <translation>Без согласия на рассылку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="92"/>
        <source>Active clients</source>
        <translation>Рабочие клиенты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="93"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="94"/>
        <source>Active and archive</source>
        <translation>Рабочие и архив</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="97"/>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="159"/>
        <source>Any purchases</source>
        <translation>Любые покупки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/filter_bar.py" line="162"/>
        <source>Bought in the last %n day(s)</source>
        <translation>
            <numerusform>Покупали за последний %n день</numerusform>
            <numerusform>Покупали за последние %n дня</numerusform>
            <numerusform>Покупали за последние %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/filter_bar.py" line="163"/>
        <source>No purchases for %n day(s)</source>
        <translation>
            <numerusform>Без покупок %n день</numerusform>
            <numerusform>Без покупок %n дня</numerusform>
            <numerusform>Без покупок %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="177"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="178"/>
        <source>Any city</source>
        <translation>Любой город</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="235"/>
        <source>Search: «%1»</source>
        <translation>Поиск: «%1»</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/filter_bar.py" line="242"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../clientbase/ui/first_start.py" line="19"/>
        <source>Welcome to ClientBase</source>
        <translation>Добро пожаловать в ClientBase</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/first_start.py" line="22"/>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Your client base is empty. You can look around in a demo base first: a few hundred made-up clients with purchases and reminders. Your own base stays empty and untouched.&lt;/p&gt;&lt;p&gt;Later: &lt;i&gt;File → Open database&lt;/i&gt; switches between bases.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать!&lt;/h3&gt;&lt;p&gt;Ваша клиентская база пока пуста. Можно сначала осмотреться в демонстрационной базе: несколько сотен вымышленных клиентов с покупками и напоминаниями. Ваша собственная база останется пустой и нетронутой.&lt;/p&gt;&lt;p&gt;Переключиться между базами можно потом: &lt;i&gt;Файл → Открыть базу&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/first_start.py" line="30"/>
        <source>Open the demo base</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/first_start.py" line="31"/>
        <source>Start with an empty base</source>
        <translation>Начать с пустой базы</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="72"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="81"/>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="94"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="94"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="94"/>
        <source>What was said</source>
        <translation>О чём говорили</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="94"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="95"/>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../clientbase/ui/idle_lock.py" line="88"/>
        <source>ClientBase is locked</source>
        <translation>ClientBase заблокирована</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/idle_lock.py" line="89"/>
        <source>The program locked itself after a pause. Enter the password to go on.</source>
        <translation>Программа заблокировалась после перерыва в работе. Введите пароль, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>ImportControls</name>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="54"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="59"/>
        <source>Import from the c&amp;lipboard…</source>
        <translation>Импорт из &amp;буфера обмена…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="62"/>
        <source>Import &amp;history…</source>
        <translation>История &amp;импорта…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="67"/>
        <source>Tables, Access bases and contacts</source>
        <translation>Таблицы, базы Access и контакты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="68"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="71"/>
        <location filename="../../clientbase/ui/import_controls.py" line="179"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="120"/>
        <source>Import from the clipboard</source>
        <translation>Импорт из буфера обмена</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="122"/>
        <source>The clipboard holds no list of clients. Select the rows in Excel or another table, with the row of column names, copy them (Ctrl+C) and paste them here (Ctrl+V).</source>
        <translation>В буфере обмена нет списка клиентов. Выделите строки в Excel или другой таблице вместе со строкой названий столбцов, скопируйте их (Ctrl+C) и вставьте сюда (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="128"/>
        <source>Clipboard</source>
        <translation>Буфер обмена</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="129"/>
        <source>the clipboard</source>
        <comment>after «from», «Reading»</comment>
        <translation>буфера обмена</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="154"/>
        <source>Imported from %1: new clients %2, merged %3, purchases %4.</source>
        <translation>Импортировано из %1: новых клиентов %2, объединено %3, покупок %4.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_controls.py" line="180"/>
        <source>The file has another sheet, «%1». Import it too?</source>
        <translation>В файле есть ещё лист «%1». Импортировать и его?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../clientbase/ui/import_problems.py" line="32"/>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="17"/>
        <source>Full name, in one column</source>
        <translation>ФИО целиком</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="18"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="19"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="20"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="21"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="22"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="24"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="25"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="26"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="27"/>
        <source>Address (street, house)</source>
        <translation>Адрес (улица, дом)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="28"/>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="29"/>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="30"/>
        <source>Flat, office</source>
        <translation>Квартира, офис</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="31"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="32"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="33"/>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="34"/>
        <source>Client code</source>
        <translation>Код клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="35"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="36"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="37"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="38"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="39"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="40"/>
        <source>BIK</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="41"/>
        <source>Bank account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="42"/>
        <source>Correspondent account</source>
        <translation>Корр. счёт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="43"/>
        <source>When to call</source>
        <translation>Когда звонить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="44"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="45"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="46"/>
        <source>Preferred channel</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="47"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="48"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="49"/>
        <source>VIP (yes / no)</source>
        <translation>VIP (да / нет)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="50"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="51"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="52"/>
        <source>Referred by (a client&apos;s name or phone)</source>
        <translation>Кто порекомендовал (имя или телефон клиента)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="53"/>
        <source>Marketing consent (yes / no)</source>
        <translation>Согласие на рассылку (да / нет)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="54"/>
        <source>In the archive (yes / no)</source>
        <translation>В архиве (да / нет)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="55"/>
        <source>Client since (date added)</source>
        <translation>Клиент с (дата добавления)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="56"/>
        <source>Reminder: call again, next visit</source>
        <translation>Напоминание: перезвонить, следующий визит</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="57"/>
        <source>Reminder: what to do (the title)</source>
        <translation>Напоминание: что сделать (название)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="58"/>
        <source>Reminder: done (yes / no)</source>
        <translation>Напоминание: выполнено (да / нет)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="59"/>
        <source>Last call: date (to the history)</source>
        <translation>Последний звонок: дата (в историю)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="60"/>
        <source>Last call: result</source>
        <translation>Последний звонок: итог</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="61"/>
        <source>Last call: comment</source>
        <translation>Последний звонок: комментарий</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="62"/>
        <source>Last visit: date (to the history)</source>
        <translation>Последний визит: дата (в историю)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="63"/>
        <source>History: dated lines (to the history)</source>
        <translation>История: строки с датами (в историю)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="64"/>
        <source>Child: name (a contact person)</source>
        <translation>Ребёнок: имя (контактное лицо)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="65"/>
        <source>Child: birthday</source>
        <translation>Ребёнок: дата рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="66"/>
        <source>Relative or pet: birthday</source>
        <translation>Родственник, питомец: дата рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="67"/>
        <source>Relative or pet: name (a contact person)</source>
        <translation>Родственник, питомец: имя (контактное лицо)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="68"/>
        <source>Occasion (every year)</source>
        <translation>Памятная дата (каждый год)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="69"/>
        <source>Occasion: what it is (the title)</source>
        <translation>Памятная дата: повод (название)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="70"/>
        <source>Occasion: for whom (the note)</source>
        <translation>Памятная дата: кому (примечание)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="71"/>
        <source>Phone: area code</source>
        <translation>Телефон: код города</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="72"/>
        <source>Birthday: day</source>
        <translation>День рождения: число</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="73"/>
        <source>Birthday: month</source>
        <translation>День рождения: месяц</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="74"/>
        <source>Birthday: year</source>
        <translation>День рождения: год</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="75"/>
        <source>Purchase: date</source>
        <translation>Покупка: дата</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="76"/>
        <source>Purchase: order number</source>
        <translation>Покупка: номер заказа</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="77"/>
        <source>Purchase: amount</source>
        <translation>Покупка: сумма</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="78"/>
        <source>Purchase: item</source>
        <translation>Покупка: товар</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="79"/>
        <source>Purchase: quantity</source>
        <translation>Покупка: количество</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="80"/>
        <source>Purchase: price</source>
        <translation>Покупка: цена</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="81"/>
        <source>Purchase: status</source>
        <translation>Покупка: статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="82"/>
        <source>Purchase: payment</source>
        <translation>Покупка: оплата</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="83"/>
        <source>Purchase: comment</source>
        <translation>Покупка: комментарий</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="84"/>
        <source>Purchase: who served (to the comment)</source>
        <translation>Покупка: кто обслужил (в комментарий)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="85"/>
        <source>Purchase: item code (with the item)</source>
        <translation>Покупка: артикул (к товару)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="87"/>
        <source>Purchase: a note in the comment</source>
        <translation>Покупка: пометка в комментарии</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_targets.py" line="88"/>
        <source>— do not import —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="126"/>
        <source>Import clients from %1</source>
        <translation>Импорт клиентов из %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="131"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="133"/>
        <source>The row of the sheet that holds the column names</source>
        <translation>Строка листа, в которой записаны названия столбцов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="136"/>
        <source>Merge into the client already in the base</source>
        <translation>Объединить с клиентом, который уже есть в базе</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="138"/>
        <source>Update the card from the file</source>
        <translation>Обновить карточку по файлу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="139"/>
        <source>Skip the row</source>
        <translation>Пропустить строку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="140"/>
        <source>Add as another client</source>
        <translation>Добавить как ещё одного клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="145"/>
        <source>The card keeps its values; the file fills what it lacks and adds phones and e-mails, and what the file says otherwise goes to the card&apos;s notes.</source>
        <translation>В карточке остаётся то, что в ней есть; файл заполняет пустые поля и добавляет телефоны и e-mail, а то, что в файле записано иначе, попадает в заметки карточки.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="151"/>
        <source>The file&apos;s values replace the card&apos;s: a list exported, corrected in Excel and imported back. Empty cells change nothing; the card&apos;s other phones and e-mails stay after the file&apos;s.</source>
        <translation>Значения из файла заменяют значения в карточке: список выгрузили, исправили в Excel и загружают обратно. Пустые ячейки ничего не меняют; прежние телефоны и e-mail карточки остаются после указанных в файле.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/column_mapping.py" line="36"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/column_mapping.py" line="37"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/column_mapping.py" line="38"/>
        <source>Goes to</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="161"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="161"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="161"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="161"/>
        <source>Why it is left out</source>
        <translation>Почему не взято</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="171"/>
        <source>Type a corrected value into the Value column, then Check. A client&apos;s value left out is kept in the client&apos;s notes.</source>
        <translation>Впишите исправленное значение в столбец «Значение» и нажмите «Проверить». Неисправленное значение клиента сохранится в его заметках.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="192"/>
        <source>Rows as they will be saved</source>
        <translation>Строки, как они будут записаны</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="198"/>
        <source>Values left out</source>
        <translation>Не взятые значения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="199"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="203"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="212"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="212"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="219"/>
        <source>Column names are in row</source>
        <translation>Названия столбцов в строке</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="220"/>
        <source>When the client is already in the base</source>
        <translation>Если клиент уже есть в базе</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="231"/>
        <source>What each column holds:</source>
        <translation>Что в каждом столбце:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="251"/>
        <location filename="../../clientbase/ui/import_dialog.py" line="319"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="296"/>
        <source>%1 (hidden sheet)</source>
        <translation>%1 (скрытый лист)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_dialog.py" line="376"/>
        <source>Leave out the %n row(s) the sheet hides (by a filter or by hand)</source>
        <translation>
            <numerusform>Не импортировать %n строку, скрытую в таблице (фильтром или вручную)</numerusform>
            <numerusform>Не импортировать %n строки, скрытые в таблице (фильтром или вручную)</numerusform>
            <numerusform>Не импортировать %n строк, скрытых в таблице (фильтром или вручную)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="383"/>
        <source>%1 (hidden column)</source>
        <translation>%1 (скрытый столбец)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="399"/>
        <source>Only the rows to look at (%1)</source>
        <translation>Только строки, требующие внимания (%1)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="405"/>
        <location filename="../../clientbase/ui/import_dialog.py" line="537"/>
        <source>Press Check to see what the import will do.</source>
        <translation>Нажмите «Проверить», чтобы увидеть, что сделает импорт.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="469"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="477"/>
        <source>%1 (in the archive)</source>
        <translation>%1 (в архиве)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="122"/>
        <source>%1 (%2 of them unchanged)</source>
        <translation>%1 (из них без изменений: %2)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="22"/>
        <source>Rows: %1. New clients: %2; merged into clients in the base: %3; listed twice in the file: %4; skipped: %5; rows without a name: %6. Values left out: %7. Purchases: %8.</source>
        <translation>Строк: %1. Новых клиентов: %2; объединено с клиентами из базы: %3; повторов в файле: %4; пропущено: %5; строк без имени: %6. Не взято значений: %7. Покупок: %8.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="38"/>
        <source>Sales of clients in the base, whose cards stay as they are: %1.</source>
        <translation>Покупки клиентов из базы (карточки не меняются): %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="41"/>
        <source>Purchases in the base already, not added again: %1.</source>
        <translation>Покупок, которые уже есть в базе и не будут добавлены снова: %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="44"/>
        <source>Reminders: %1.</source>
        <translation>Напоминаний: %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="45"/>
        <source>Entries to the history: %1.</source>
        <translation>Записей в историю: %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="46"/>
        <source>Another name at the same phone, e-mail, card or code: %1.</source>
        <translation>Другое имя при том же телефоне, e-mail, карте или коде: %1.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="49"/>
        <source>The name of another client, other contacts: %1 (added apart; choose “Merge” where it is one person).</source>
        <translation>С именем другого клиента, но другими контактами: %1 (добавлены отдельно; где это один человек, выберите «Объединить»).</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="61"/>
        <source>If the file is newer than the base (corrected in Excel), choose “Update the card from the file” to put its values into the cards.</source>
        <translation>Если файл новее базы (исправлен в Excel), выберите «Обновить карточку по файлу», чтобы его значения попали в карточки.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="69"/>
        <source>The file is a ClientBase export: the cards it updates become what it says, and what was deleted in it (a phone, an address) is deleted from them too.</source>
        <translation>Файл — выгрузка из ClientBase: карточки, которые он обновляет, станут такими, как в нём, и то, что в нём стёрто (телефон, адрес), сотрётся и в карточках.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="82"/>
        <source>These rows were imported already, on %1 from %2 (File → Import history).</source>
        <translation>Эти строки уже импортированы %1 из %2 (Файл → История импорта).</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="92"/>
        <source>These rows were imported already, on %1 from %2. Import them again? New clients: %3.</source>
        <translation>Эти строки уже импортированы %1 из %2. Импортировать их ещё раз? Новых клиентов: %3.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="111"/>
        <source>%1 (%2 of them updated from the file, %3 unchanged)</source>
        <translation>%1 (из них обновлено по файлу: %2, без изменений: %3)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_summary.py" line="113"/>
        <source>%1 (%2 of them updated from the file)</source>
        <translation>%1 (из них обновлено по файлу: %2)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_problems.py" line="61"/>
        <source>no name: type it in to import the row, which holds: %1</source>
        <translation>нет имени: впишите его, чтобы импортировать строку; в ней: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="557"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_dialog.py" line="564"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="31"/>
        <source>Also the other tables with the same column names, as one list</source>
        <translation>Вместе с другими таблицами с такими же столбцами, одним списком</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="33"/>
        <source>Also the other sheets with the same column names, as one list</source>
        <translation>Вместе с другими листами с такими же столбцами, одним списком</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="38"/>
        <source>A sales book of a sheet a month, clients kept a sheet a kind: the sheets whose column names are this one&apos;s (in any order, a column more or less) are checked and imported together with it, as one import.</source>
        <translation>Журнал продаж по листу на месяц, клиенты по листу на группу: листы с такими же названиями столбцов (в любом порядке, на столбец больше или меньше) проверяются и импортируются вместе с этим, одним импортом.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="57"/>
        <source>Reading the other sheets…</source>
        <translation>Чтение других листов…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="69"/>
        <source>No other table of the file has the same column names.</source>
        <translation>Ни в одной другой таблице файла нет таких же названий столбцов.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="71"/>
        <source>No other sheet of the file has the same column names.</source>
        <translation>Ни на одном другом листе файла нет таких же названий столбцов.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="81"/>
        <source>Together with the tables %1</source>
        <translation>Вместе с таблицами %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="83"/>
        <source>Together with the sheets %1</source>
        <translation>Вместе с листами %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_joining.py" line="86"/>
        <source>(not taken, of other columns: %1)</source>
        <translation>(не взяты, там другие столбцы: %1)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="35"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="39"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="39"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="39"/>
        <source>New</source>
        <translation>Новых</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="39"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="43"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="41"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="43"/>
        <source>Purchases</source>
        <translation>Покупок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="55"/>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="71"/>
        <source>undone %1</source>
        <translation>отменён %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="73"/>
        <source>in the base</source>
        <translation>в базе</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="95"/>
        <source>%1 (%2 updated)</source>
        <translation>%1 (обновлено: %2)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="105"/>
        <source>Looking at the import…</source>
        <translation>Смотрю, что изменилось после импорта…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_history_dialog.py" line="115"/>
        <source>%n client(s) of this import were worked on after it: a card edited, or purchases, calls or reminders added. Undoing the whole import would remove them or give them back their old cards, and that work with them.</source>
        <translation>
            <numerusform>%n клиент этого импорта изменён после него: правка карточки, покупки, звонки или напоминания. Если отменить весь импорт, они будут удалены или получат прежние карточки, а вместе с этим пропадёт и сделанная работа.</numerusform>
            <numerusform>%n клиента этого импорта изменены после него: правка карточки, покупки, звонки или напоминания. Если отменить весь импорт, они будут удалены или получат прежние карточки, а вместе с этим пропадёт и сделанная работа.</numerusform>
            <numerusform>%n клиентов этого импорта изменены после него: правка карточки, покупки, звонки или напоминания. Если отменить весь импорт, они будут удалены или получат прежние карточки, а вместе с этим пропадёт и сделанная работа.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="124"/>
        <source>Undo, keep those clients</source>
        <translation>Отменить, а этих клиентов оставить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="127"/>
        <source>Undo all the same</source>
        <translation>Всё равно отменить всё</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="141"/>
        <source>Undo this import? The clients it added are removed and the clients it merged get back their cards as they were before it.</source>
        <translation>Отменить этот импорт? Добавленные им клиенты будут удалены, а объединённые вернутся к карточкам, какими они были до импорта.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_history_dialog.py" line="151"/>
        <source>Undoing the import…</source>
        <translation>Отменяю импорт…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="99"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="101"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="63"/>
        <location filename="../../clientbase/ui/import_preview.py" line="71"/>
        <source>Add as another client</source>
        <translation>Добавить отдельным клиентом</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="64"/>
        <location filename="../../clientbase/ui/import_preview.py" line="73"/>
        <location filename="../../clientbase/ui/import_preview.py" line="78"/>
        <location filename="../../clientbase/ui/import_preview.py" line="92"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="79"/>
        <source>Import as a client</source>
        <translation>Импортировать как клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="83"/>
        <source>Add to the client in row %1</source>
        <translation>Добавить к клиенту в строке %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="86"/>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="91"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="165"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="165"/>
        <source>What happens</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="165"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="165"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="166"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="166"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="166"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="170"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="173"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="176"/>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="179"/>
        <source>Referred by</source>
        <translation>Кто порекомендовал</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="182"/>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="184"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="186"/>
        <source>To the history</source>
        <translation>В историю</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="187"/>
        <source>Same as</source>
        <translation>Совпадает с</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="192"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="194"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="272"/>
        <source>Click to choose what becomes of this row</source>
        <translation>Щёлкните, чтобы выбрать, что делать с этой строкой</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="274"/>
        <source>The file changes: %1</source>
        <translation>Файл изменит: %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="353"/>
        <source>%1 (in the base already)</source>
        <translation>%1 (уже есть в базе)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="400"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="433"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="448"/>
        <source>A return of the purchase in row %1</source>
        <translation>Возврат покупки из строки %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="452"/>
        <source>A return of the purchase of %1 in the base</source>
        <translation>Возврат покупки от %1 из базы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="457"/>
        <source>New client (added apart)</source>
        <translation>Новый клиент (отдельно)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="459"/>
        <source>New client: another name, the same phone, e-mail, card or code</source>
        <translation>Новый клиент: другое имя, тот же телефон, e-mail, карта или код</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="461"/>
        <source>New client, though one of the same name is there</source>
        <translation>Новый клиент, хотя клиент с таким именем уже есть</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="463"/>
        <source>New client, to the archive</source>
        <translation>Новый клиент, в архив</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_preview.py" line="466"/>
        <source>New client, without %n value(s)</source>
        <translation>
            <numerusform>Новый клиент, без %n значения</numerusform>
            <numerusform>Новый клиент, без %n значений</numerusform>
            <numerusform>Новый клиент, без %n значений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="468"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="471"/>
        <source>In the base already: the card does not change</source>
        <translation>Уже в базе: карточка не изменится</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="476"/>
        <source>Updates the client in the base: %1</source>
        <translation>Обновит карточку клиента из базы: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/import_preview.py" line="480"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="483"/>
        <source>Updates the client in the base</source>
        <translation>Обновит карточку клиента из базы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="485"/>
        <source>Merged into the client in the base</source>
        <translation>Объединится с клиентом из базы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="490"/>
        <source>Skipped: the purchase is in the base already</source>
        <translation>Пропущена: эта покупка уже есть в базе</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="494"/>
        <source>A purchase of the client in row %1</source>
        <translation>Покупка клиента из строки %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="498"/>
        <source>A purchase of the client in the base</source>
        <translation>Покупка клиента из базы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="501"/>
        <source>An item of the order in row %1</source>
        <translation>Позиция заказа из строки %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="505"/>
        <source>Not imported, as the order in row %1 is not</source>
        <translation>Не загружается, как и заказ из строки %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="509"/>
        <source>Added to the client in row %1</source>
        <translation>Добавится к клиенту в строке %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="513"/>
        <source>Merged into row %1</source>
        <translation>Объединится со строкой %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="515"/>
        <source>Skipped: a totals row</source>
        <translation>Пропущена: строка итогов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="518"/>
        <source>Skipped: an anonymous buyer, not a client</source>
        <translation>Пропущена: анонимный покупатель, а не клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="521"/>
        <source>Not imported: a value of the purchase is wrong</source>
        <translation>Не импортируется: в покупке неверное значение</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="524"/>
        <source>Skipped: the column names again</source>
        <translation>Пропущена: названия столбцов ещё раз</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="526"/>
        <source>Skipped: a page number</source>
        <translation>Пропущена: номер страницы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="528"/>
        <source>Skipped: a heading; the clients under it are tagged «%1»</source>
        <translation>Пропущена: заголовок; клиенты под ним получат метку «%1»</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="532"/>
        <source>Skipped: a heading</source>
        <translation>Пропущена: заголовок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="534"/>
        <source>Skipped: the names of the report&apos;s groupings</source>
        <translation>Пропущена: названия группировок отчёта</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="537"/>
        <source>Skipped: a line of the report under the client in row %1</source>
        <translation>Пропущена: строка отчёта под клиентом в строке %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="541"/>
        <source>Skipped, as you chose</source>
        <translation>Пропущена по вашему выбору</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="543"/>
        <source>Skipped: already there</source>
        <translation>Пропущена: уже есть</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/import_preview.py" line="545"/>
        <source>Not imported: no name</source>
        <translation>Не импортируется: нет имени</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="77"/>
        <source>History entry</source>
        <translation>Запись в истории</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="85"/>
        <source>e.g. will call back on Friday</source>
        <translation>например, перезвонит в пятницу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="86"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="87"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="88"/>
        <source>What was said</source>
        <translation>О чём говорили</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="89"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="115"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="115"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="115"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="142"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/calendar_window.py" line="146"/>
        <source>Nothing planned</source>
        <translation>Ничего не запланировано</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="67"/>
        <source>UTF-8 for Excel (with BOM)</source>
        <translation>UTF-8 для Excel (с BOM)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="68"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="69"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="78"/>
        <source>Customers and orders</source>
        <translation>Клиенты и заказы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="91"/>
        <source>A: 80% of revenue</source>
        <translation>A: 80 % выручки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="92"/>
        <source>B: the next 15%</source>
        <translation>B: следующие 15 %</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="93"/>
        <source>C: the last 5%</source>
        <translation>C: последние 5 %</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="94"/>
        <source>Champions</source>
        <translation>Лучшие</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="95"/>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="96"/>
        <source>Newcomers</source>
        <translation>Новички</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="97"/>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="98"/>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="99"/>
        <source>Sleeping</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="100"/>
        <source>Buy regularly</source>
        <translation>Покупают регулярно</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="101"/>
        <source>Buy now and then</source>
        <translation>Покупают от случая к случаю</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="102"/>
        <source>One or two purchases</source>
        <translation>Одна-две покупки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="103"/>
        <source>Churned</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="104"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="111"/>
        <source>Person</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="112"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="113"/>
        <source>Potential</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="114"/>
        <location filename="../../clientbase/ui/labels.py" line="136"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="115"/>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="116"/>
        <source>Occasional</source>
        <translation>Разовый</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="117"/>
        <source>Lost</source>
        <translation>Потерянный</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="118"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="119"/>
        <source>Social network</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="120"/>
        <source>Walk-in</source>
        <translation>Зашёл сам</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="121"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="122"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="123"/>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="124"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="125"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="126"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="127"/>
        <location filename="../../clientbase/ui/labels.py" line="147"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="128"/>
        <location filename="../../clientbase/ui/labels.py" line="132"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="129"/>
        <location filename="../../clientbase/ui/labels.py" line="133"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="130"/>
        <location filename="../../clientbase/ui/labels.py" line="134"/>
        <source>VK</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="131"/>
        <location filename="../../clientbase/ui/labels.py" line="135"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="137"/>
        <location filename="../../clientbase/ui/labels.py" line="143"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="138"/>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="139"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="140"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="141"/>
        <source>Not paid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="142"/>
        <source>Partly paid</source>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="144"/>
        <location filename="../../clientbase/ui/labels.py" line="149"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="145"/>
        <location filename="../../clientbase/ui/labels.py" line="151"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="146"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="148"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="150"/>
        <source>Congratulate</source>
        <translation>Поздравить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="152"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="153"/>
        <source>Once</source>
        <translation>Один раз</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="154"/>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="155"/>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="156"/>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="157"/>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="163"/>
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="164"/>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="165"/>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="166"/>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="167"/>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="168"/>
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="169"/>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="170"/>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="171"/>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="172"/>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="173"/>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="174"/>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
</context>
<context>
    <name>ListPrintDialog</name>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="32"/>
        <source>Print client list</source>
        <translation>Печать списка клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="33"/>
        <source>Client list</source>
        <translation>Список клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="35"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="36"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/print_dialogs.py" line="41"/>
        <source>Only the %n selected client(s)</source>
        <translation>
            <numerusform>Только %n выбранный клиент</numerusform>
            <numerusform>Только %n выбранных клиента</numerusform>
            <numerusform>Только %n выбранных клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="45"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="46"/>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="48"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="170"/>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="173"/>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="178"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="181"/>
        <source>&amp;Restore from archive</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="184"/>
        <source>Delete permanently…</source>
        <translation>Удалить навсегда…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="187"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="190"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="192"/>
        <source>Reset &amp;filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="194"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="197"/>
        <source>New &amp;empty database…</source>
        <translation>Новая &amp;пустая база…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="200"/>
        <source>Open &amp;demo database</source>
        <translation>Открыть &amp;демо-базу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="205"/>
        <source>&amp;Privacy and password…</source>
        <translation>&amp;Конфиденциальность и пароль…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="208"/>
        <source>&amp;About ClientBase</source>
        <translation>&amp;О программе ClientBase</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="210"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="214"/>
        <source>&amp;Analytics</source>
        <translation>&amp;Аналитика</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="217"/>
        <source>Shop details and &amp;templates…</source>
        <translation>Реквизиты и &amp;шаблоны документов…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="262"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="281"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="290"/>
        <source>&amp;Columns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="293"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="298"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="364"/>
        <source>Shown: %1 of %2 clients</source>
        <translation>Показано: %1 из %2 клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="369"/>
        <source>in archive: %1</source>
        <translation>в архиве: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/main_window.py" line="429"/>
        <source>%n client(s) moved to the archive</source>
        <translation>
            <numerusform>%n клиент перенесён в архив</numerusform>
            <numerusform>%n клиента перенесены в архив</numerusform>
            <numerusform>%n клиентов перенесены в архив</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/main_window.py" line="437"/>
        <source>%n client(s) restored</source>
        <translation>
            <numerusform>%n клиент возвращён из архива</numerusform>
            <numerusform>%n клиента возвращены из архива</numerusform>
            <numerusform>%n клиентов возвращены из архива</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="445"/>
        <source>Delete permanently</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/main_window.py" line="447"/>
        <source>Delete %n client(s) with their purchases and history for good?
Archiving keeps them and can be undone; deleting cannot.</source>
        <translation>
            <numerusform>Удалить %n клиента с покупками и историей навсегда?
Архив сохраняет клиентов, и это можно отменить; удаление отменить нельзя.</numerusform>
            <numerusform>Удалить %n клиентов с покупками и историей навсегда?
Архив сохраняет клиентов, и это можно отменить; удаление отменить нельзя.</numerusform>
            <numerusform>Удалить %n клиентов с покупками и историей навсегда?
Архив сохраняет клиентов, и это можно отменить; удаление отменить нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="472"/>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="474"/>
        <source>ClientBase databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы ClientBase (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="482"/>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/main_window.py" line="484"/>
        <source>ClientBase databases (*.sqlite)</source>
        <translation>Базы ClientBase (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="181"/>
        <source>This field is required</source>
        <translation>Поле нужно заполнить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="182"/>
        <source>Enter a last or first name</source>
        <translation>Укажите фамилию или имя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="183"/>
        <source>Enter the organization name</source>
        <translation>Укажите название организации</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="184"/>
        <source>«{value}» is not a phone number</source>
        <translation>«{value}» — не номер телефона</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="185"/>
        <source>«{value}» is a local number: give its area code</source>
        <translation>«{value}» — местный номер: укажите код города</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="186"/>
        <source>«{value}» is a phone rounded to a number with an exponent, its last digits lost; take it from the original list</source>
        <translation>«{value}» — телефон, округлённый до числа с порядком (E+10): последние цифры потеряны; возьмите номер из исходного списка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="191"/>
        <source>«{value}» is a number of more than 15 digits, its last ones rounded off by the spreadsheet; take it from the original, or type it in as text</source>
        <translation>«{value}» — число длиннее 15 цифр, последние цифры таблица округлила; возьмите его из исходного списка или введите как текст</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="196"/>
        <source>«{value}» is no number in use: is a digit missing or one too many?</source>
        <translation>«{value}» — такого номера нет: не пропущена ли цифра или не лишняя ли?</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="199"/>
        <source>«{value}» is not an e-mail address</source>
        <translation>«{value}» — не адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="200"/>
        <source>«{value}» looks mistyped after «@»: check the address</source>
        <translation>«{value}»: похоже на опечатку после «@», проверьте адрес</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="203"/>
        <source>«{value}» is not a month; write it as 2026-11</source>
        <translation>«{value}» — не месяц; напишите его как 2026-11</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="204"/>
        <source>«{value}» is not a date; write it as {date} or {day}</source>
        <translation>«{value}» — не дата; пишите так: {date} или {day}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="207"/>
        <source>«{value}» is a year alone: write the day and the month too, as {date}</source>
        <translation>«{value}» — только год: нужны ещё день и месяц, пишите так: {date}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="210"/>
        <source>«{value}» is no day of the calendar: check the day and the month</source>
        <translation>«{value}» — такого дня нет в календаре: проверьте день и месяц</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="213"/>
        <source>{value} is in the future</source>
        <translation>{value} — дата в будущем</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="214"/>
        <source>The year in «{value}» is not plausible</source>
        <translation>Год в «{value}» неправдоподобен</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="215"/>
        <source>{value} must be between 0 and 100</source>
        <translation>{value} должно быть от 0 до 100</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="216"/>
        <source>{value} must not be negative</source>
        <translation>{value} не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="217"/>
        <source>«{value}»: the sale this row takes back was not found (one of this client&apos;s, of that sum, on that day or before)</source>
        <translation>«{value}»: не найдена продажа, которую возвращает эта строка (продажа этого клиента на ту же сумму, в тот же день или раньше)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="222"/>
        <source>{value} is too large a number here</source>
        <translation>{value} — слишком большое число для этого поля</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="223"/>
        <source>«{value}» must contain {count} digits</source>
        <translation>«{value}» должно состоять из {count} цифр</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="224"/>
        <source>«{value}» is too long: at most {count} characters</source>
        <translation>«{value}» — слишком длинно: не больше {count} знаков</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="225"/>
        <source>«{value}»: a semicolon or a line break parts a contact&apos;s fields in an export; write the position in its own field</source>
        <translation>«{value}»: точка с запятой и перенос строки разделяют поля контакта при выгрузке; должность впишите в её поле</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="230"/>
        <source>The client was not found (it may have been deleted)</source>
        <translation>Клиент не найден (возможно, его удалили)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="233"/>
        <location filename="../../clientbase/ui/labels.py" line="521"/>
        <source>The record was not found (it may have been deleted)</source>
        <translation>Запись не найдена (возможно, её удалили)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="236"/>
        <source>A client cannot be referred by themselves</source>
        <translation>Клиент не может рекомендовать сам себя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="237"/>
        <source>Enter the items or the total of the purchase</source>
        <translation>Укажите товары или сумму покупки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="238"/>
        <source>«{value}» is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="239"/>
        <source>no purchase date: the purchase is not imported</source>
        <translation>нет даты покупки: покупка не записана</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="242"/>
        <source>«{value}» is not one of the choices of this field</source>
        <translation>«{value}» — нет такого варианта для этого поля</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="245"/>
        <source>«{value}»: write a contact as name; position; phone; e-mail; birthday</source>
        <translation>«{value}»: запишите контакт как «имя; должность; телефон; e-mail; дата рождения»</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="248"/>
        <source>The password is wrong</source>
        <translation>Неверный пароль</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="249"/>
        <source>The repetition ends ({value}) before it starts</source>
        <translation>Повторение заканчивается ({value}) раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="252"/>
        <source>The password must have at least {count} characters</source>
        <translation>В пароле должно быть не меньше {count} символов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="255"/>
        <source>Set a password for the program first</source>
        <translation>Сначала задайте пароль программы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="269"/>
        <source>{detail}: this file is not a ClientBase database</source>
        <translation>{detail}: этот файл не является базой ClientBase</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="270"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Базу нельзя открыть: {detail}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="271"/>
        <source>This database was saved by a newer version of ClientBase; update the program</source>
        <translation>Эта база сохранена более новой версией ClientBase; обновите программу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="275"/>
        <source>{detail} is already open in ClientBase</source>
        <translation>{detail} уже открыта в ClientBase</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="276"/>
        <source>There is no space left on the disk; the change was not saved</source>
        <translation>На диске закончилось место; изменение не сохранено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="279"/>
        <source>The database file or its folder is read-only; the change was not saved</source>
        <translation>Файл базы или его папка доступны только для чтения; изменение не сохранено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="282"/>
        <source>The database {detail} on the server already holds clients; choose an empty one</source>
        <translation>В базе {detail} на сервере уже есть клиенты; выберите пустую базу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="286"/>
        <source>A text is longer than the server keeps ({detail}: the most it takes); shorten it in the card and try again; nothing was written</source>
        <translation>Текст длиннее, чем сохраняет сервер ({detail} — наибольшая длина); сократите его в карточке и повторите; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="291"/>
        <source>The copy did not match the base ({detail}); nothing was written</source>
        <translation>Копия не совпала с базой ({detail}); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="303"/>
        <source>Exports and printing are turned off in the privacy settings</source>
        <translation>Экспорт и печать выключены в настройках конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="306"/>
        <source>Exports and printing need the program&apos;s password</source>
        <translation>Для экспорта и печати нужен пароль программы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="309"/>
        <source>The password is wrong; nothing was exported</source>
        <translation>Неверный пароль; ничего не выгружено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="320"/>
        <source>«{column}» of {client} holds {length} characters, more than an Excel cell takes ({limit}); nothing was saved. Shorten it on the card, or export to .ods or .csv, which take it whole</source>
        <translation>«{column}» клиента «{client}»: {length} знаков, а в ячейку Excel помещается не больше {limit}; файл не сохранён. Сократите текст в карточке или выгрузите в .ods или .csv — туда он войдёт целиком</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="327"/>
        <source>«{column}» on row {line} of the sheet «{sheet}» holds {length} characters, more than an Excel cell takes ({limit}); nothing was saved. Export to .ods or .csv, which take it whole</source>
        <translation>«{column}», строка {line} листа «{sheet}»: {length} знаков, а в ячейку Excel помещается не больше {limit}; файл не сохранён. Выгрузите в .ods или .csv — туда текст войдёт целиком</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="346"/>
        <source>The backup cannot be written to {detail}</source>
        <translation>Не удаётся записать резервную копию в {detail}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="347"/>
        <location filename="../../clientbase/ui/labels.py" line="370"/>
        <source>There is no space left on the disk: {detail}</source>
        <translation>На диске закончилось место: {detail}</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="348"/>
        <source>{detail}: the file cannot be read</source>
        <translation>{detail}: файл не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="349"/>
        <source>{detail}: this file is not a ClientBase backup</source>
        <translation>{detail}: это не резервная копия ClientBase</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="350"/>
        <source>{detail}: the backup is damaged and cannot be restored</source>
        <translation>{detail}: резервная копия повреждена, восстановить её нельзя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="351"/>
        <source>{detail}: this backup was made by a newer version of ClientBase</source>
        <translation>{detail}: копия создана более новой версией ClientBase</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="354"/>
        <source>{detail}: the backup is protected with a password; enter it</source>
        <translation>{detail}: копия защищена паролем; введите его</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="357"/>
        <source>The password does not fit this backup</source>
        <translation>Пароль не подходит к этой копии</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="358"/>
        <source>A base on a server is backed up by the server, not by this command</source>
        <translation>База на сервере копируется средствами сервера, а не этой командой</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="361"/>
        <source>{detail}: the base is open in ClientBase; close the program first</source>
        <translation>{detail}: база открыта в ClientBase; сначала закройте программу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="371"/>
        <source>{detail} cannot be written: it is open in another program (Excel, a PDF viewer), or the folder or disk is closed to writing; close the file or save it elsewhere</source>
        <translation>Не удалось записать {detail}: файл открыт в другой программе (Excel, просмотр PDF) или папка либо диск закрыты для записи. Закройте файл или сохраните в другое место</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="376"/>
        <source>The folder of {detail} is no longer there (a USB stick taken out?); choose another</source>
        <translation>Папки для {detail} больше нет (вынута флешка?); выберите другую</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="380"/>
        <source>{detail}: the export writes .xlsx, .csv, .ods, .vcf or .ics</source>
        <translation>{detail}: экспорт пишет файлы .xlsx, .csv, .ods, .vcf или .ics</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="397"/>
        <source>{detail}: this kind of file cannot be imported. The import reads Excel (.xlsx, .xls), LibreOffice (.ods), CSV and text (.csv, .txt), Access (.mdb, .accdb), contacts (.vcf), web pages (.html) and the tables of Word documents (.docx, .odt): open the file in the program that made it and save the list as one of them</source>
        <translation>{detail}: файлы такого вида не импортируются. Импорт читает Excel (.xlsx, .xls), LibreOffice (.ods), CSV и текст (.csv, .txt), Access (.mdb, .accdb), контакты (.vcf), веб-страницы (.html) и таблицы документов Word (.docx, .odt): откройте файл в программе, которая его создала, и сохраните список в одном из этих видов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="404"/>
        <source>{detail}: a Word document of the older kind (.doc) or RTF; the import reads the tables of .docx and .odt documents: open it in Word or LibreOffice Writer and save it as .docx</source>
        <translation>{detail}: документ Word старого вида (.doc) или RTF; импорт читает таблицы документов .docx и .odt: откройте его в Word или LibreOffice Writer и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="410"/>
        <source>{detail}: the document holds no table; the import reads a document&apos;s tables, a client a row. Put the list into a table (in Word: Insert → Table → Convert Text to Table) or into an Excel sheet, and import that</source>
        <translation>{detail}: в документе нет таблицы; импорт читает таблицы документа, по клиенту в строке. Оформите список таблицей (в Word: Вставка → Таблица → Преобразовать в таблицу) или перенесите его на лист Excel и импортируйте</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="416"/>
        <source>{detail}: the file is damaged or is not what its name says</source>
        <translation>{detail}: файл повреждён или не то, что обещает его имя</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="419"/>
        <source>{detail}: there is no such file: it has been moved, renamed or deleted</source>
        <translation>{detail}: такого файла нет: его переместили, переименовали или удалили</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="423"/>
        <source>{detail}: this is a folder, not a file; choose the file with the list in it</source>
        <translation>{detail}: это папка, а не файл; выберите файл, в котором список</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="427"/>
        <source>{detail}: this user may not read the file; copy it somewhere of your own, such as Documents, and import the copy</source>
        <translation>{detail}: у этого пользователя нет права читать файл; скопируйте его к себе, например в «Документы», и импортируйте копию</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="432"/>
        <source>{detail}: the file is protected with a password; save a copy without it</source>
        <translation>{detail}: файл защищён паролем; сохраните копию без пароля</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="435"/>
        <source>{detail}: the file could not be read: it is damaged, or its sheet holds something far beyond the list (such as a value in cell XFD1048576); delete that in Excel or LibreOffice, or copy the list alone into a new sheet, and import it again</source>
        <translation>{detail}: файл не удалось прочитать: он повреждён или на листе что-то записано далеко за пределами списка (например, в ячейке XFD1048576); удалите это в Excel или LibreOffice или скопируйте сам список на новый лист и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="441"/>
        <source>{detail}: this XML file is not a spreadsheet the import reads; if Excel or LibreOffice opens it as a table, save it there as .xlsx</source>
        <translation>{detail}: этот XML-файл — не таблица, которую может прочитать импорт; если Excel или LibreOffice открывает его как таблицу, сохраните его там как .xlsx</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="446"/>
        <source>There is no sheet named «{detail}» in the file</source>
        <translation>В файле нет листа «{detail}»</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="447"/>
        <source>There is no table named «{detail}» in the Access base</source>
        <translation>В базе Access нет таблицы «{detail}»</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="450"/>
        <source>{detail}: there is no data in the file</source>
        <translation>{detail}: в файле нет данных</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="451"/>
        <source>{detail}: the Access base has no tables of its own, only Access&apos;s system tables</source>
        <translation>{detail}: в базе Access нет своих таблиц, только служебные таблицы Access</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="455"/>
        <source>{detail}: no header row with column names was found</source>
        <translation>{detail}: не найдена строка с названиями столбцов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="456"/>
        <source>{detail}: the sheet has column names but no rows under them</source>
        <translation>{detail}: на листе есть названия столбцов, но нет строк под ними</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="459"/>
        <source>{detail}: the rows under the column names are formulas whose results the file does not hold (a program made it without calculating them); open it in Excel or LibreOffice, save it, and import it again</source>
        <translation>{detail}: под названиями столбцов — формулы, результатов которых в файле нет (его создала программа, не вычислив их); откройте файл в Excel или LibreOffice, сохраните и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="465"/>
        <source>{detail}: more rows than one import takes (1,000,000); if the list is shorter, something is written far below it: delete that, or copy the list alone into a new sheet</source>
        <translation>{detail}: строк больше, чем берёт один импорт (1 000 000); если список короче, значит, что-то записано далеко под ним: удалите это или скопируйте сам список на новый лист</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="471"/>
        <source>{detail}: {rows} rows are more than this computer&apos;s free memory lets one import check at once (about {fits}); close other programs, or split the list into parts and import them one after another</source>
        <translation>{detail}: строк в таблице — {rows}, больше, чем свободная память этого компьютера позволяет проверить за один импорт (около {fits}); закройте другие программы или разделите список на части и импортируйте их по очереди</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="477"/>
        <source>{detail}: no column holds client names</source>
        <translation>{detail}: ни в одном столбце нет имён клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="478"/>
        <source>{detail}: a list of sales that names no buyer (no column of names, phones, e-mails or cards), so its sales have no client to go to; a marketplace&apos;s report (Ozon, Wildberries, Яндекс Маркет) does not give its buyers: import a list of orders with them, or of clients</source>
        <translation>{detail}: это список продаж без покупателей (нет столбца с именами, телефонами, e-mail или картами), и продажи некому записать; отчёты маркетплейсов (Ozon, Wildberries, Яндекс Маркет) покупателей не называют: импортируйте список заказов с покупателями или список клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="485"/>
        <source>{detail}: a report whose rows are grouped (a client, then its items or documents under it), and their figures do not add up to tell which rows are clients; save the report without its inner groupings, one client a row, or the list of clients</source>
        <translation>{detail}: это отчёт со сгруппированными строками (клиент, под ним его товары или документы), и суммы строк не сходятся, поэтому нельзя понять, какие строки — клиенты. Сохраните отчёт без вложенных группировок, по строке на клиента, или сам список клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="515"/>
        <source>«{text}» ({client}) cannot be written in {encoding}; save as UTF-8</source>
        <translation>«{text}» ({client}) нельзя записать в кодировке {encoding}; сохраните файл в UTF-8</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/labels.py" line="369"/>
        <source>The file cannot be written: {detail}</source>
        <translation>Файл не удалось записать: {detail}</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="56"/>
        <source>Print birthdays</source>
        <translation>Печать дней рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="64"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="65"/>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_dialogs.py" line="66"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="94"/>
        <source>Program password</source>
        <translation>Пароль программы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="102"/>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="103"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="106"/>
        <source>The password is asked for when the program starts and after it locks itself. It cannot be recovered: write it down and keep it safe.</source>
        <translation>Пароль спрашивается при запуске программы и после её блокировки. Восстановить его нельзя: запишите его и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="115"/>
        <source>The two passwords differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="101"/>
        <source>repeat the password</source>
        <translation>повторите пароль</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="57"/>
        <source>The password is wrong</source>
        <translation>Неверный пароль</translation>
    </message>
</context>
<context>
    <name>PrintControls</name>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="114"/>
        <source>&amp;Print client list…</source>
        <translation>&amp;Печать списка клиентов…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="117"/>
        <source>Print &amp;birthdays…</source>
        <translation>Печать &amp;дней рождения…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="119"/>
        <source>Print &amp;call list…</source>
        <translation>Печать списка &amp;звонков…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="121"/>
        <source>Print client &amp;card</source>
        <translation>Печать &amp;карточки клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="154"/>
        <source>Client list</source>
        <translation>Список клиентов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="173"/>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="186"/>
        <location filename="../../clientbase/ui/print_controls.py" line="187"/>
        <source>Call list</source>
        <translation>Список звонков</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="199"/>
        <location filename="../../clientbase/ui/print_controls.py" line="200"/>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="50"/>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="62"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="63"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="65"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="66"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="67"/>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="68"/>
        <source>Whole &amp;page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/print_preview.py" line="69"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="117"/>
        <location filename="../../clientbase/ui/print_preview.py" line="135"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="119"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="158"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/print_preview.py" line="158"/>
        <source>The printer cannot be used.</source>
        <translation>Не удаётся воспользоваться принтером.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../clientbase/ui/print_controls.py" line="65"/>
        <source>Preparing the printout…</source>
        <translation>Готовится документ для печати…</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="79"/>
        <source>Exports and printing need the program password:</source>
        <translation>Для выгрузки и печати нужен пароль программы:</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="131"/>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="205"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="137"/>
        <source>Remove password…</source>
        <translation>Снять пароль…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="143"/>
        <source>Program password</source>
        <translation>Пароль программы</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="148"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="149"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="152"/>
        <source>Allowed</source>
        <translation>Разрешены</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="153"/>
        <source>Only with the password</source>
        <translation>Только с паролем</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="154"/>
        <source>Turned off</source>
        <translation>Выключены</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="157"/>
        <source>Lock when idle for:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="158"/>
        <source>Exports and printing:</source>
        <translation>Экспорт и печать:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="161"/>
        <source>Every export is written to the change log: who, when, which file and how many clients. The lock and the restrictions need a program password.</source>
        <translation>Каждый экспорт записывается в журнал изменений: кто, когда, в какой файл и сколько клиентов. Для блокировки и ограничений нужен пароль программы.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="173"/>
        <source>A password is set.</source>
        <translation>Пароль задан.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="173"/>
        <source>No password is set.</source>
        <translation>Пароль не задан.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="176"/>
        <source>Change password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="176"/>
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="188"/>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="195"/>
        <source>Remove password</source>
        <translation>Снятие пароля</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="188"/>
        <source>Enter the current password:</source>
        <translation>Введите текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/privacy_dialogs.py" line="205"/>
        <source>Enter the program password to confirm:</source>
        <translation>Введите пароль программы для подтверждения:</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="49"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="49"/>
        <source>New purchase</source>
        <translation>Новая покупка</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="66"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="66"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="66"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="67"/>
        <source>Add item</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="72"/>
        <source>sum, if no items are listed</source>
        <translation>сумма, если товары не перечислены</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="82"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="83"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="85"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="87"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="88"/>
        <source>To pay</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/purchase_dialog.py" line="89"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="23"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="24"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="25"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="26"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="27"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="28"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="30"/>
        <source>Add purchase</source>
        <translation>Добавить покупку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/card_tabs.py" line="60"/>
        <source>%n purchase(s), total %1</source>
        <translation>
            <numerusform>%n покупка на %1</numerusform>
            <numerusform>%n покупки на %1</numerusform>
            <numerusform>%n покупок на %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../clientbase/ui/qt_texts.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/qt_texts.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файла:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../clientbase/ui/qt_texts.py" line="20"/>
        <source>Page &amp;order:</source>
        <translation>&amp;Порядок страниц:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/qt_texts.py" line="21"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Страниц на &amp;листе:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../clientbase/ui/qt_texts.py" line="19"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Список страниц:</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../clientbase/ui/record_tab.py" line="47"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_tab.py" line="48"/>
        <location filename="../../clientbase/ui/record_tab.py" line="104"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_tab.py" line="105"/>
        <source>Delete the selected record? This cannot be undone.</source>
        <translation>Удалить выбранную запись? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ReferrerField</name>
    <message>
        <location filename="../../clientbase/ui/referrer_field.py" line="29"/>
        <source>Type a client&apos;s name or phone</source>
        <translation>Начните вводить имя или телефон клиента</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/referrer_field.py" line="46"/>
        <source>Nobody referred this client</source>
        <translation>Никто не рекомендовал — очистить</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="105"/>
        <source>In an hour</source>
        <translation>Через час</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="108"/>
        <source>Tomorrow at 10:00</source>
        <translation>Завтра в 10:00</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="109"/>
        <source>In a week</source>
        <translation>Через неделю</translation>
    </message>
</context>
<context>
    <name>ReminderButtons</name>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="163"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_actions.py" line="165"/>
        <source>Later</source>
        <translation>Отложить</translation>
    </message>
</context>
<context>
    <name>ReminderControls</name>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="57"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="59"/>
        <source>Add &amp;reminder for selected…</source>
        <translation>Добавить &amp;напоминание выбранным…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="61"/>
        <source>Birthday &amp;reminders…</source>
        <translation>Напоминания о &amp;днях рождения…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="63"/>
        <source>Export calendar for a &amp;phone (.ics)…</source>
        <translation>Экспорт календаря для &amp;телефона (.ics)…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="77"/>
        <source>Birthday reminders</source>
        <translation>Напоминания о днях рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="78"/>
        <source>Show birthdays this many days ahead:</source>
        <translation>Показывать дни рождения за столько дней:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_controls.py" line="111"/>
        <source>Reminder for %n client(s)</source>
        <translation>
            <numerusform>Напоминание для %n клиента</numerusform>
            <numerusform>Напоминание для %n клиентов</numerusform>
            <numerusform>Напоминание для %n клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_controls.py" line="120"/>
        <source>%n reminder(s) added</source>
        <translation>
            <numerusform>Добавлено %n напоминание</numerusform>
            <numerusform>Добавлено %n напоминания</numerusform>
            <numerusform>Добавлено %n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="126"/>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="133"/>
        <source>Reminders and birthdays</source>
        <translation>Напоминания и дни рождения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/reminder_controls.py" line="136"/>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_controls.py" line="148"/>
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>%n событие выгружено в %1</numerusform>
            <numerusform>%n события выгружены в %1</numerusform>
            <numerusform>%n событий выгружены в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="104"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="115"/>
        <source>e.g. Call about the new collection</source>
        <translation>например, позвонить насчёт новой коллекции</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="118"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="133"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="134"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="135"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="136"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/record_dialogs.py" line="137"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_notifier.py" line="60"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/reminder_notifier.py" line="61"/>
        <source>Reminder</source>
        <translation>
            <numerusform>Напоминание</numerusform>
            <numerusform>Напоминания</numerusform>
            <numerusform>Напоминаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="145"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="146"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="147"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="148"/>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="149"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="151"/>
        <source>Add reminder</source>
        <translation>Добавить напоминание</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="154"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="155"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="156"/>
        <source>Remind again tomorrow</source>
        <translation>Напомнить завтра</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="168"/>
        <source>done %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="170"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/card_tabs.py" line="172"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="149"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="152"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="153"/>
        <source>Made:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="154"/>
        <source>Base:</source>
        <translation>База:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="155"/>
        <source>Clients:</source>
        <translation>Клиентов:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="156"/>
        <source>In archive:</source>
        <translation>В архиве:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="157"/>
        <source>Purchases:</source>
        <translation>Покупок:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="158"/>
        <source>Reminders:</source>
        <translation>Напоминаний:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="159"/>
        <source>Program version:</source>
        <translation>Версия программы:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="164"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="167"/>
        <source>The base open now will be replaced by this backup. A copy of it is kept beside the base first, so this step can be undone.</source>
        <translation>Открытая сейчас база будет заменена этой копией. Сначала рядом с базой сохраняется её копия, так что этот шаг можно отменить.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/backup_dialogs.py" line="171"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>RowEditor</name>
    <message>
        <location filename="../../clientbase/ui/row_editor.py" line="55"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="80"/>
        <source>Segment rules</source>
        <translation>Правила сегментов</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="85"/>
        <location filename="../../clientbase/ui/dashboard_window.py" line="90"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="92"/>
        <source>Churned after no purchase for:</source>
        <translation>Ушедший, если не покупал:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="93"/>
        <source>Regular: purchases at most this far apart:</source>
        <translation>Постоянный: покупки не реже чем раз в</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/dashboard_window.py" line="96"/>
        <source>ABC: A brings 80% of revenue, B the next 15%, C the rest. RFM scores recency, frequency and money from 1 to 5 against the other buyers.</source>
        <translation>ABC: группа A приносит 80 % выручки, B — следующие 15 %, C — остальное. RFM оценивает давность, частоту и сумму покупок от 1 до 5 в сравнении с другими покупателями.</translation>
    </message>
</context>
<context>
    <name>ServerControls</name>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="41"/>
        <source>This computer has no password keyring: the password will be asked for again next time.</source>
        <translation>На этом компьютере нет хранилища паролей: в следующий раз пароль спросят снова.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="65"/>
        <source>Connect to &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="67"/>
        <source>&amp;Move this base to a server…</source>
        <translation>&amp;Перенести эту базу на сервер…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="96"/>
        <source>The server cannot be reached; the list shows what was read last (%1)</source>
        <translation>Сервер недоступен; в списке то, что было прочитано последним (%1)</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="108"/>
        <source>Connect to server</source>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="110"/>
        <source>Open the shop&apos;s base on a PostgreSQL server, shared by every PC of the shop. Ask whoever set the server up for these details.</source>
        <translation>Откройте базу магазина на сервере PostgreSQL — общую для всех компьютеров магазина. Эти данные подскажет тот, кто настраивал сервер.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="119"/>
        <source>Move this base to a server</source>
        <translation>Перенести базу на сервер</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="121"/>
        <source>Every client, purchase, reminder and the whole history are copied into an empty database on the server and counted on both sides. This file stays as it is.</source>
        <translation>Все клиенты, покупки, напоминания и вся история копируются в пустую базу на сервере и пересчитываются с обеих сторон. Этот файл остаётся как есть.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="132"/>
        <source>Copying the base to the server…</source>
        <translation>Копирование базы на сервер…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_controls.py" line="144"/>
        <source>The base is on the server: %1 clients, %2 purchases, %3 history entries. Open it from there now? Other PCs connect with File → Connect to server.</source>
        <translation>База на сервере: клиентов — %1, покупок — %2, записей истории — %3. Открыть её с сервера сейчас? Другие компьютеры подключаются через Файл → Подключиться к серверу.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="22"/>
        <source>server name or address, e.g. 192.168.1.10</source>
        <translation>имя или адрес сервера, например 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="30"/>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Запомнить пароль в хранилище паролей этого компьютера</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="33"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="34"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="35"/>
        <source>Database:</source>
        <translation>База:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="36"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="37"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/server_dialog.py" line="54"/>
        <source>Name the server and the database.</source>
        <translation>Укажите сервер и базу.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="43"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="44"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="45"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="46"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="47"/>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="48"/>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="49"/>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="50"/>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="51"/>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="52"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="53"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="54"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="55"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="61"/>
        <source>Russian rouble</source>
        <translation>Российский рубль</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="62"/>
        <source>Belarusian rouble</source>
        <translation>Белорусский рубль</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="63"/>
        <source>Kazakhstani tenge</source>
        <translation>Казахстанский тенге</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="64"/>
        <source>Uzbekistani som</source>
        <translation>Узбекский сум</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="65"/>
        <source>Kyrgyzstani som</source>
        <translation>Киргизский сом</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="66"/>
        <source>Armenian dram</source>
        <translation>Армянский драм</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="67"/>
        <source>Ukrainian hryvnia</source>
        <translation>Украинская гривна</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="68"/>
        <source>Euro</source>
        <translation>Евро</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="69"/>
        <source>US dollar</source>
        <translation>Доллар США</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="70"/>
        <source>Pound sterling</source>
        <translation>Фунт стерлингов</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="84"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="89"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="106"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="107"/>
        <source>Phones without a country code are from:</source>
        <translation>Страна для телефонов без кода:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="108"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="109"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="115"/>
        <source>Open another base…</source>
        <translation>Открыть другую базу…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="122"/>
        <source>only on F5</source>
        <translation>только по F5</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="123"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="125"/>
        <source>Show changes from other PCs every:</source>
        <translation>Показывать изменения с других компьютеров каждые:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="130"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="135"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="139"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="145"/>
        <source> days ahead</source>
        <translation> дн. вперёд</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="147"/>
        <source>Show birthdays in the Today panel:</source>
        <translation>Дни рождения на панели «Сегодня»:</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="148"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/settings_dialog.py" line="152"/>
        <source>A new language is used from the next start of the program.</source>
        <translation>Новый язык будет включён при следующем запуске программы.</translation>
    </message>
</context>
<context>
    <name>SummaryLine</name>
    <message>
        <location filename="../../clientbase/ui/summary_line.py" line="40"/>
        <source>Each row without a name right under a client&apos;s row (a second phone or a note written in the row below) adds its phones, e-mails and notes to that client. Any of them can be left out again in its own list of choices.</source>
        <translation>Каждая строка без имени прямо под строкой клиента (второй телефон или заметка, записанные строкой ниже) добавит к этому клиенту свои телефоны, e-mail и заметки. Любую из них можно снова не импортировать в её списке выбора.</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/summary_line.py" line="54"/>
        <source>Add the rows without a name to the clients above (%1)</source>
        <translation>Добавить строки без имени к клиентам выше (%1)</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../clientbase/ui/today_panel.py" line="39"/>
        <location filename="../../clientbase/ui/today_panel.py" line="89"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/today_panel.py" line="54"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../clientbase/ui/today_panel.py" line="88"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../clientbase/ui/today_panel.py" line="91"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Следующий %n день</numerusform>
            <numerusform>Следующие %n дня</numerusform>
            <numerusform>Следующие %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../clientbase/ui/idle_lock.py" line="30"/>
        <source>ClientBase is locked</source>
        <translation>ClientBase заблокирована</translation>
    </message>
</context>
</TS>

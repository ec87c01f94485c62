<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AccessCheck</name>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="65"/>
        <source>superuser</source>
        <translation>mtumiaji mkuu (superuser)</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="67"/>
        <source>owner</source>
        <translation>mmiliki</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="72"/>
        <source>Your login %1 holds quotadesk_admin but has no staff account to act as: a DBA runs quotactl grant %1 --role admin --staff STAFF.</source>
        <translation>Uingiaji wako %1 una quotadesk_admin lakini hauna akaunti ya mfanyakazi ya kutendea: msimamizi wa hifadhidata aendeshe quotactl grant %1 --role admin --staff MFANYAKAZI.</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="78"/>
        <source>%1 (read only)</source>
        <translation>%1 (kusoma tu)</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="79"/>
        <source>Your login %1 holds quotadesk_viewer: admin actions need quotadesk_admin (quotactl grant %1 --role admin --staff STAFF).</source>
        <translation>Uingiaji wako %1 una quotadesk_viewer: vitendo vya msimamizi vinahitaji quotadesk_admin (quotactl grant %1 --role admin --staff MFANYAKAZI).</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="83"/>
        <source>%1 (no admin actions)</source>
        <translation>%1 (bila vitendo vya msimamizi)</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="84"/>
        <source>Your login %1 holds %2: admin actions need quotadesk_admin (quotactl grant %1 --role admin --staff STAFF).</source>
        <translation>Uingiaji wako %1 una %2: vitendo vya msimamizi vinahitaji quotadesk_admin (quotactl grant %1 --role admin --staff MFANYAKAZI).</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="88"/>
        <source>no Quotadesk role</source>
        <translation>hakuna jukumu la Quotadesk</translation>
    </message>
    <message>
        <location filename="../models/users/AccessCheck.cpp" line="89"/>
        <source>Your login %1 holds no Quotadesk role: admin actions need quotadesk_admin (quotactl grant %1 --role admin --staff STAFF).</source>
        <translation>Uingiaji wako %1 hauna jukumu la Quotadesk: vitendo vya msimamizi vinahitaji quotadesk_admin (quotactl grant %1 --role admin --staff MFANYAKAZI).</translation>
    </message>
</context>
<context>
    <name>ActionFates</name>
    <message numerus="yes">
        <location filename="../models/audit/ActionFate.cpp" line="22"/>
        <source>The connection was lost, but the database confirms that the clean-up deleted %Ln rows before that (batches committed: %1; action %2). Run it again for the rest.</source>
        <translation>
            <numerusform>Muunganisho ulipotea, lakini hifadhidata inathibitisha kwamba usafishaji ulifuta safu %Ln kabla ya hapo (awamu zilizothibitishwa: %1; kitendo %2). Uendeshe tena kwa zilizobaki.</numerusform>
            <numerusform>Muunganisho ulipotea, lakini hifadhidata inathibitisha kwamba usafishaji ulifuta safu %Ln kabla ya hapo (awamu zilizothibitishwa: %1; kitendo %2). Uendeshe tena kwa zilizobaki.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/audit/ActionFate.cpp" line="26"/>
        <source>The connection was lost before the reply came, but the database confirms that the action was applied (action %1).</source>
        <translation>Muunganisho ulikatika kabla jibu halijafika, lakini hifadhidata inathibitisha kwamba kitendo kilitekelezwa (kitendo %1).</translation>
    </message>
    <message>
        <location filename="../models/audit/ActionFate.cpp" line="30"/>
        <source>The connection was lost, and the database confirms that the action was not applied: nothing changed (action %1). You can run it again.</source>
        <translation>Muunganisho ulikatika, na hifadhidata inathibitisha kwamba kitendo hakikutekelezwa: hakuna kilichobadilika (kitendo %1). Unaweza kukiendesha tena.</translation>
    </message>
    <message>
        <location filename="../models/audit/ActionFate.cpp" line="36"/>
        <source>The connection was lost, and the database could not be asked whether the action was applied (%1). The outcome is unknown: check action %2.</source>
        <translation>Muunganisho ulikatika, na hifadhidata haikuweza kuulizwa kama kitendo kilitekelezwa (%1). Matokeo hayajulikani: kagua kitendo %2.</translation>
    </message>
</context>
<context>
    <name>AdminAction</name>
    <message>
        <location filename="../ui/shell/AdminAction.cpp" line="57"/>
        <source>Cancelling after this batch…</source>
        <translation>Inaghairi baada ya kundi hili…</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="17"/>
        <source>all calls</source>
        <translation>miito yote</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="17"/>
        <source>plan %1</source>
        <translation>mpango %1</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="18"/>
        <source>Projected AI spend for %1 this month: %2, over the budget of %3.</source>
        <translation>Makadirio ya matumizi ya AI kwa %1 mwezi huu: %2, juu ya bajeti ya %3.</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="22"/>
        <source>%1 is at %2 % of the daily quota.</source>
        <translation>%1 yuko kwenye %2 % ya kikomo cha siku.</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="24"/>
        <source>Today&apos;s cache hit rate is %1 %, under the target of %2 %.</source>
        <translation>Kiwango cha vibao vya kache leo ni %1 %, chini ya lengo la %2 %.</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="27"/>
        <source>%1 expired cache rows wait for a clean-up (threshold %2).</source>
        <translation>Safu %1 za kache zilizoisha muda zinasubiri kusafishwa (kizingiti %2).</translation>
    </message>
    <message>
        <location filename="../models/costs/Alerts.cpp" line="29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AlertWebhook</name>
    <message>
        <location filename="../models/costs/AlertWebhook.cpp" line="14"/>
        <source>The webhook must be an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation>Webhook lazima iwe URL ya http:// au https://, si &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/costs/AlertWebhook.cpp" line="27"/>
        <source>Quotadesk: %n alert(s)</source>
        <translation>
            <numerusform>Quotadesk: tahadhari %n</numerusform>
            <numerusform>Quotadesk: tahadhari %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/costs/AlertWebhook.cpp" line="46"/>
        <source>The webhook %1 did not take the alert (%2): nothing is marked as sent.</source>
        <translation>Webhook %1 haikupokea tahadhari (%2): hakuna kilichowekwa alama kuwa kimetumwa.</translation>
    </message>
</context>
<context>
    <name>ApiTokens</name>
    <message>
        <location filename="../models/api/ApiTokens.cpp" line="46"/>
        <source>The database holds a token with an unknown role &quot;%1&quot;.</source>
        <translation>Hifadhidata ina tokeni yenye jukumu lisilojulikana &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="136"/>
        <source>Links %1 to %2 of the audit chain are missing: someone removed them.</source>
        <translation>Viungo %1 hadi %2 vya mnyororo wa ukaguzi havipo: mtu aliviondoa.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="139"/>
        <source>Link %1 of the audit chain (audit row #%2) was altered: its hash does not match.</source>
        <translation>Kiungo %1 cha mnyororo wa ukaguzi (safu ya ukaguzi #%2) kilibadilishwa: hash yake hailingani.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="142"/>
        <source>Audit row #%1 was deleted (by hand, or with its staff account: ON DELETE CASCADE).</source>
        <translation>Safu ya ukaguzi #%1 ilifutwa (kwa mkono, au pamoja na akaunti yake ya mfanyakazi: ON DELETE CASCADE).</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="144"/>
        <source>Audit row #%1 was changed after it was written.</source>
        <translation>Safu ya ukaguzi #%1 ilibadilishwa baada ya kuandikwa.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="149"/>
        <source>The verification was cancelled after %1 links.</source>
        <translation>Uhakiki ulisitishwa baada ya viungo %1.</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="167"/>
        <source>Audit row #%1 was inserted outside Quotadesk.</source>
        <translation>Safu ya ukaguzi #%1 iliingizwa nje ya Quotadesk.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>When (UTC)</source>
        <translation>Wakati (UTC)</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Staff</source>
        <translation>Mfanyakazi</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Target</source>
        <translation>Lengwa</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Details</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Login</source>
        <translation>Kuingia</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditLogModel.cpp" line="14"/>
        <source>Action id</source>
        <translation>Kitambulisho cha kitendo</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/pages/AuditPage.h" line="28"/>
        <location filename="../ui/pages/AuditPage.cpp" line="32"/>
        <source>Audit log</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="37"/>
        <location filename="../ui/pages/AuditPage.cpp" line="135"/>
        <source>All actions</source>
        <translation>Vitendo vyote</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="41"/>
        <source>Staff member (email, name or login) or action id</source>
        <translation>Mfanyakazi (barua pepe, jina au kuingia) au kitambulisho cha kitendo</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="49"/>
        <source>any</source>
        <translation>yoyote</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="55"/>
        <source>Action:</source>
        <translation>Kitendo:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="58"/>
        <source>From (UTC):</source>
        <translation>Kuanzia (UTC):</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="60"/>
        <source>To:</source>
        <translation>Hadi:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="62"/>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Hakiki uadilifu</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="64"/>
        <source>Recompute the audit chain: finds any audit row changed, deleted or inserted outside Quotadesk.</source>
        <translation>Hesabu upya mnyororo wa ukaguzi: hupata safu yoyote ya ukaguzi iliyobadilishwa, kufutwa au kuingizwa nje ya Quotadesk.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="88"/>
        <source>Select an action to see all its details.</source>
        <translation>Chagua kitendo ili kuona maelezo yake yote.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="184"/>
        <source>%1 by %2 on %3
Login: %4 · Action id: %5

%6</source>
        <translation>%1 na %2 tarehe %3
Kuingia: %4 · Kitambulisho cha kitendo: %5

%6</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="187"/>
        <source>not recorded</source>
        <translation>haikurekodiwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="187"/>
        <source>none (written before the chain began)</source>
        <translation>hakuna (iliandikwa kabla mnyororo haujaanza)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="195"/>
        <source>Verifying the audit chain…</source>
        <translation>Inahakiki mnyororo wa ukaguzi…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="204"/>
        <source>Could not verify the audit chain: %1</source>
        <translation>Haikuweza kuhakiki mnyororo wa ukaguzi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="207"/>
        <source>Audit trail intact: %Ln rows, each as it was written (checked %1 UTC).</source>
        <translation>
            <numerusform>Kumbukumbu ya ukaguzi iko salama: safu %Ln, kama ilivyoandikwa (imehakikiwa %1 UTC).</numerusform>
            <numerusform>Kumbukumbu ya ukaguzi iko salama: safu %Ln, kila moja kama ilivyoandikwa (imehakikiwa %1 UTC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditPage.cpp" line="211"/>
        <source>Audit trail NOT intact: %Ln problems. First: %1</source>
        <translation>
            <numerusform>Kumbukumbu ya ukaguzi HAIKO salama: tatizo %Ln. La kwanza: %1</numerusform>
            <numerusform>Kumbukumbu ya ukaguzi HAIKO salama: matatizo %Ln. La kwanza: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditPage.cpp" line="217"/>
        <location filename="../ui/pages/AuditPage.cpp" line="219"/>
        <source>Verify integrity</source>
        <translation>Hakiki uadilifu</translation>
    </message>
</context>
<context>
    <name>BlockingSessionWatch</name>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="21"/>
        <source>a prepared transaction (see pg_prepared_xacts)</source>
        <translation>muamala ulioandaliwa (tazama pg_prepared_xacts)</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="23"/>
        <source>no transaction open</source>
        <translation>hakuna muamala ulio wazi</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="24"/>
        <source>transaction open since %1 (%2 s)</source>
        <translation>muamala uko wazi tangu %1 (sekunde %2)</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="26"/>
        <source>no statement seen</source>
        <translation>hakuna amri iliyoonekana</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="27"/>
        <source>last statement started %1 (%2 s ago): %3</source>
        <translation>amri ya mwisho ilianza %1 (sekunde %2 zilizopita): %3</translation>
    </message>
    <message>
        <location filename="../models/db/BlockingSessionWatch.cpp" line="29"/>
        <source>session pid %1 (user %2, application &quot;%3&quot;, %4, %5, %6)</source>
        <translation>kikao pid %1 (mtumiaji %2, programu &quot;%3&quot;, %4, %5, %6)</translation>
    </message>
</context>
<context>
    <name>CacheActions</name>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="46"/>
        <source>(%1 were counted; the others were already gone.)</source>
        <translation>(%1 zilihesabiwa; nyingine zilikuwa zimeshafutwa.)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="73"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="87"/>
        <source>Warm up system caches…</source>
        <translation>Jaza akiba za mfumo mapema…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="89"/>
        <source>Store the default system prompts as permanent shared cache entries</source>
        <translation>Hifadhi maagizo chaguo-msingi ya mfumo kama maingizo ya kudumu ya akiba ya pamoja</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="90"/>
        <source>Warm up from a prompts file…</source>
        <translation>Jaza mapema kutoka faili ya maagizo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="99"/>
        <source>Clean up expired…</source>
        <translation>Safisha yaliyoisha muda…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="101"/>
        <source>Delete the cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>Futa safu za akiba zilizoisha muda, kwa makundi; hurekodiwa katika kumbukumbu za ukaguzi</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="103"/>
        <source>Delete entry…</source>
        <translation>Futa ingizo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="105"/>
        <source>Delete the selected entry (for a system key: every shared row of that key)</source>
        <translation>Futa ingizo lililochaguliwa (kwa ufunguo wa mfumo: kila safu ya pamoja ya ufunguo huo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="106"/>
        <source>Clean up user&apos;s caches…</source>
        <translation>Safisha akiba za mtumiaji…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="108"/>
        <source>Delete every non-system entry of the selected entry&apos;s user, or of the user typed in the filter</source>
        <translation>Futa kila ingizo lisilo la mfumo la mtumiaji wa ingizo lililochaguliwa, au la mtumiaji aliyeandikwa kwenye kichujio</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="156"/>
        <source>Delete the %Ln cache rows whose time is up, in batches; recorded in the audit log</source>
        <translation>
            <numerusform>Futa safu %Ln ya akiba iliyoisha muda, kwa makundi; hurekodiwa katika kumbukumbu za ukaguzi</numerusform>
            <numerusform>Futa safu %Ln za akiba zilizoisha muda, kwa makundi; hurekodiwa katika kumbukumbu za ukaguzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="192"/>
        <source>Clean up expired cache rows</source>
        <translation>Safisha safu za akiba zilizoisha muda</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="193"/>
        <source>Counting expired rows…</source>
        <translation>Inahesabu safu zilizoisha muda…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="198"/>
        <source>There are no expired cache rows: nothing to delete.</source>
        <translation>Hakuna safu za akiba zilizoisha muda: hakuna cha kufuta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="202"/>
        <source>Delete %Ln expired cache rows (expired before %1 UTC)?

Live and system entries stay. The clean-up runs in batches and can be cancelled; it is recorded in the audit log under %2.</source>
        <translation>
            <numerusform>Futa safu %Ln ya akiba iliyoisha muda kabla ya %1 UTC?

Maingizo hai na ya mfumo yanabaki. Usafishaji hufanyika kwa makundi na unaweza kughairiwa; hurekodiwa katika kumbukumbu za ukaguzi chini ya %2.</numerusform>
            <numerusform>Futa safu %Ln za akiba zilizoisha muda kabla ya %1 UTC?

Maingizo hai na ya mfumo yanabaki. Usafishaji hufanyika kwa makundi na unaweza kughairiwa; hurekodiwa katika kumbukumbu za ukaguzi chini ya %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="207"/>
        <source>Delete %Ln rows</source>
        <translation>
            <numerusform>Futa safu %Ln</numerusform>
            <numerusform>Futa safu %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="209"/>
        <source>Deleting expired rows…</source>
        <translation>Inafuta safu zilizoisha muda…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="212"/>
        <source>Deleting expired rows: %1 of %2</source>
        <translation>Inafuta safu zilizoisha muda: %1 kati ya %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="228"/>
        <source>Clean-up cancelled: %1 of %Ln expired rows deleted; the rest stay until the next clean-up.</source>
        <translation>
            <numerusform>Usafishaji umeghairiwa: safu %1 kati ya %Ln iliyoisha muda imefutwa; iliyosalia itabaki hadi usafishaji ujao.</numerusform>
            <numerusform>Usafishaji umeghairiwa: safu %1 kati ya %Ln zilizoisha muda zimefutwa; zilizosalia zitabaki hadi usafishaji ujao.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="231"/>
        <source>%Ln expired rows deleted</source>
        <translation>
            <numerusform>Safu %Ln iliyoisha muda imefutwa</numerusform>
            <numerusform>Safu %Ln zilizoisha muda zimefutwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="250"/>
        <source>Choose a prompts file</source>
        <translation>Chagua faili ya maagizo</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="250"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Faili za JSON (*.json);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="259"/>
        <source>Warm up system caches</source>
        <translation>Jaza akiba za mfumo mapema</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="260"/>
        <source>Reading the prompts…</source>
        <translation>Inasoma maagizo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="270"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="274"/>
        <source>Warm up %Ln permanent system cache entries from the default prompt set?

Keys: %1

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %2.</source>
        <translation>
            <numerusform>Jaza mapema ingizo %Ln la kudumu la akiba ya mfumo kutoka seti chaguo-msingi ya maagizo?

Ufunguo: %1

Ingizo ambalo tayari lina maandishi yale yale halibadilishwi. Ujazaji wa mapema hurekodiwa katika kumbukumbu za ukaguzi chini ya %2.</numerusform>
            <numerusform>Jaza mapema maingizo %Ln ya kudumu ya akiba ya mfumo kutoka seti chaguo-msingi ya maagizo?

Funguo: %1

Maingizo ambayo tayari yana maandishi yale yale hayabadilishwi. Ujazaji wa mapema hurekodiwa katika kumbukumbu za ukaguzi chini ya %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="279"/>
        <source>Warm up %Ln permanent system cache entries from %1?

Keys: %2

Entries that already hold the same text stay unchanged. The warm-up is recorded in the audit log under %3.</source>
        <translation>
            <numerusform>Jaza mapema ingizo %Ln la kudumu la akiba ya mfumo kutoka %1?

Ufunguo: %2

Ingizo ambalo tayari lina maandishi yale yale halibadilishwi. Ujazaji wa mapema hurekodiwa katika kumbukumbu za ukaguzi chini ya %3.</numerusform>
            <numerusform>Jaza mapema maingizo %Ln ya kudumu ya akiba ya mfumo kutoka %1?

Funguo: %2

Maingizo ambayo tayari yana maandishi yale yale hayabadilishwi. Ujazaji wa mapema hurekodiwa katika kumbukumbu za ukaguzi chini ya %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="284"/>
        <source>Warm up</source>
        <translation>Jaza mapema</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="286"/>
        <source>Warming up system caches…</source>
        <translation>Inajaza akiba za mfumo mapema…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="297"/>
        <source>System caches warmed up: %1 inserted, %2 updated, %3 unchanged. Duplicate rows removed: %4.</source>
        <translation>Akiba za mfumo zimejazwa mapema: %1 yameongezwa, %2 yamesasishwa, %3 hayajabadilika. Safu rudufu zilizoondolewa: %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="299"/>
        <source>System caches warmed up: %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>Akiba za mfumo zimejazwa mapema: %1 yameongezwa, %2 yamesasishwa, %3 hayajabadilika.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="311"/>
        <source>Delete cache entry</source>
        <translation>Futa ingizo la akiba</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="312"/>
        <source>Counting matching rows…</source>
        <translation>Inahesabu safu zinazolingana…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="317"/>
        <source>The entry &quot;%1&quot; no longer exists: nothing to delete.</source>
        <translation>Ingizo &quot;%1&quot; halipo tena: hakuna cha kufuta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="320"/>
        <source>Delete the cache entry &quot;%1&quot; (type %2, owner %3)?

Rows deleted: %4. The deletion is recorded in the audit log under %5.</source>
        <translation>Futa ingizo la akiba &quot;%1&quot; (aina %2, mmiliki %3)?

Safu zitakazofutwa: %4. Ufutaji hurekodiwa katika kumbukumbu za ukaguzi chini ya %5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="323"/>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="325"/>
        <source>Deleting the entry…</source>
        <translation>Inafuta ingizo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="335"/>
        <source>%Ln cache rows deleted</source>
        <translation>
            <numerusform>Safu %Ln ya akiba imefutwa</numerusform>
            <numerusform>Safu %Ln za akiba zimefutwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="350"/>
        <source>Clean up a user&apos;s caches</source>
        <translation>Safisha akiba za mtumiaji</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="352"/>
        <source>Select an entry of the user, or type the user&apos;s id or email in the user filter.</source>
        <translation>Chagua ingizo la mtumiaji, au andika ID au barua pepe ya mtumiaji kwenye kichujio cha mtumiaji.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="358"/>
        <source>Counting the user&apos;s entries…</source>
        <translation>Inahesabu maingizo ya mtumiaji…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="371"/>
        <source>%1 (#%2) has no non-system cache entries: nothing to delete.</source>
        <translation>%1 (#%2) hana maingizo ya akiba yasiyo ya mfumo: hakuna cha kufuta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="377"/>
        <source>Delete all %Ln non-system cache entries of %1 (#%2), live and expired?

Shared system entries stay. The deletion is recorded in the audit log under %3.</source>
        <translation>
            <numerusform>Futa ingizo %Ln la akiba lisilo la mfumo la %1 (#%2), liwe hai au limeisha muda?

Maingizo ya pamoja ya mfumo yanabaki. Ufutaji hurekodiwa katika kumbukumbu za ukaguzi chini ya %3.</numerusform>
            <numerusform>Futa maingizo yote %Ln ya akiba yasiyo ya mfumo ya %1 (#%2), hai na yaliyoisha muda?

Maingizo ya pamoja ya mfumo yanabaki. Ufutaji hurekodiwa katika kumbukumbu za ukaguzi chini ya %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="381"/>
        <source>Delete %Ln entries</source>
        <translation>
            <numerusform>Futa ingizo %Ln</numerusform>
            <numerusform>Futa maingizo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheActions.cpp" line="383"/>
        <source>Deleting the user&apos;s entries…</source>
        <translation>Inafuta maingizo ya mtumiaji…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheActions.cpp" line="390"/>
        <source>%Ln cache entries of %1 deleted</source>
        <translation>
            <numerusform>Ingizo %Ln la akiba la %1 limefutwa</numerusform>
            <numerusform>Maingizo %Ln ya akiba ya %1 yamefutwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheEndpoints</name>
    <message>
        <location filename="../models/rest/CacheEndpoints.cpp" line="60"/>
        <source>must be at most %1 characters</source>
        <translation>lazima iwe na herufi zisizozidi %1</translation>
    </message>
    <message>
        <location filename="../models/rest/CacheEndpoints.cpp" line="63"/>
        <source>must be one of %1</source>
        <translation>lazima iwe mojawapo ya %1</translation>
    </message>
    <message>
        <location filename="../models/rest/CacheEndpoints.cpp" line="72"/>
        <source>Only staff with admin rights may delete entries that are not your own.</source>
        <translation>Ni wafanyakazi wenye haki za msimamizi pekee wanaoweza kufuta maingizo yasiyo yako.</translation>
    </message>
</context>
<context>
    <name>CacheEntriesModel</name>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Key</source>
        <translation>Ufunguo</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Created (UTC)</source>
        <translation>Imeundwa (UTC)</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Expires (UTC)</source>
        <translation>Inaisha muda (UTC)</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Hits</source>
        <translation>Matumizi</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="24"/>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="76"/>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="168"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="156"/>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="158"/>
        <source>%1 (expired)</source>
        <translation>%1 (imeisha muda)</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="175"/>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="187"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="189"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheEntriesModel.cpp" line="190"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>CacheEntriesPanel</name>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="30"/>
        <source>All types</source>
        <translation>Aina zote</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="35"/>
        <source>Live and expired</source>
        <translation>Hai na yaliyoisha muda</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="36"/>
        <source>Live only</source>
        <translation>Hai pekee</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="37"/>
        <source>Expired only</source>
        <translation>Yaliyoisha muda pekee</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="40"/>
        <source>User: id, email or “system”</source>
        <translation>Mtumiaji: ID, barua pepe au “system”</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="44"/>
        <source>Key contains…</source>
        <translation>Ufunguo una…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="70"/>
        <source>%1 (expired)</source>
        <translation>%1 (imeisha muda)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="110"/>
        <source>This database has no trigram index for keys (the pg_trgm extension could not be installed): a key search reads every cache row, which takes seconds on a large cache.</source>
        <translation>Hifadhidata hii haina faharasa ya trigram kwa funguo (kiendelezi cha pg_trgm hakikuweza kusakinishwa): utafutaji wa ufunguo unasoma kila safu ya akiba, jambo linalochukua sekunde kadhaa kwenye akiba kubwa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="120"/>
        <source>%Ln entries loaded; scroll for more</source>
        <translation>
            <numerusform>Ingizo %Ln limepakiwa; sogeza chini kuona zaidi</numerusform>
            <numerusform>Maingizo %Ln yamepakiwa; sogeza chini kuona zaidi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="122"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>Ingizo %Ln</numerusform>
            <numerusform>Maingizo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="141"/>
        <source>Could not load the entries: %1</source>
        <translation>Imeshindwa kupakia maingizo: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="199"/>
        <source>Loading entries…</source>
        <translation>Inapakia maingizo…</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="211"/>
        <source>Select an entry to see its data.</source>
        <translation>Chagua ingizo ili kuona data yake.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="221"/>
        <source>Could not load the entry: %1</source>
        <translation>Imeshindwa kupakia ingizo: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntriesPanel.cpp" line="223"/>
        <source>This entry no longer exists.</source>
        <translation>Ingizo hili halipo tena.</translation>
    </message>
</context>
<context>
    <name>CacheEntryPreview</name>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="39"/>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="40"/>
        <source>Owner</source>
        <translation>Mmiliki</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="44"/>
        <source>Hits</source>
        <translation>Matumizi</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="41"/>
        <source>Created (UTC)</source>
        <translation>Imeundwa (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="42"/>
        <source>Expires (UTC)</source>
        <translation>Inaisha muda (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="43"/>
        <source>Last used (UTC)</source>
        <translation>Ilitumika mwisho (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="45"/>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="46"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="53"/>
        <source>Not valid JSON: the raw text as stored</source>
        <translation>Si JSON halali: maandishi ghafi kama yalivyohifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="74"/>
        <source>Select an entry to see its data.</source>
        <translation>Chagua ingizo ili kuona data yake.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="99"/>
        <source>Key %1</source>
        <translation>Ufunguo %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="102"/>
        <source>system (shared)</source>
        <translation>system (ya pamoja)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="104"/>
        <source>user #%1</source>
        <translation>mtumiaji #%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="106"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="111"/>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="113"/>
        <source>%1 (expired)</source>
        <translation>%1 (imeisha muda)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="118"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="122"/>
        <source>%1 (not valid JSON)</source>
        <translation>%1 (si JSON halali)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="134"/>
        <source>Too large to show whole: the first %1 characters of %2, not checked as JSON.</source>
        <translation>Kubwa mno kuonyeshwa yote: herufi %1 za kwanza kati ya %2, hazijakaguliwa kama JSON.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="139"/>
        <source>The first %1 of %2 characters.</source>
        <translation>Herufi %1 za kwanza kati ya %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON object</source>
        <translation>Kitu cha JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON array</source>
        <translation>Orodha ya JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON string, shown as its text</source>
        <translation>Mfuatano wa JSON, unaonyeshwa kama maandishi yake</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="145"/>
        <source>JSON value</source>
        <translation>Thamani ya JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheEntryPreview.cpp" line="147"/>
        <source>%1 — the first %2 of %3 characters</source>
        <translation>%1 — herufi %2 za kwanza kati ya %3</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <location filename="../ui/pages/CachePage.h" line="32"/>
        <location filename="../ui/pages/CachePage.cpp" line="33"/>
        <source>Cache</source>
        <translation>Akiba</translation>
    </message>
</context>
<context>
    <name>CacheService</name>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="48"/>
        <source>A cache key cannot be empty.</source>
        <translation>Ufunguo wa akiba hauwezi kuwa tupu.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="51"/>
        <source>The cache key is %1 characters; the limit is %2.</source>
        <translation>Ufunguo wa akiba una herufi %1; kikomo ni %2.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="53"/>
        <source>A cache key cannot contain a NUL character.</source>
        <translation>Ufunguo wa akiba hauwezi kuwa na herufi NUL.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="61"/>
        <source>Unknown cache type &quot;%1&quot;: use system, session, content or extraction.</source>
        <translation>Aina ya akiba isiyojulikana &quot;%1&quot;: tumia system, session, content au extraction.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="83"/>
        <source>No cache entry matches key &quot;%1&quot; of type system; nothing was deleted.</source>
        <translation>Hakuna ingizo la akiba la aina system linalolingana na ufunguo &quot;%1&quot;; hakuna kilichofutwa.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="85"/>
        <source>No cache entry matches key &quot;%1&quot; of type %2 for user %3; nothing was deleted.</source>
        <translation>Hakuna ingizo la akiba la aina %2 la mtumiaji %3 linalolingana na ufunguo &quot;%1&quot;; hakuna kilichofutwa.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="88"/>
        <source>No cache entry matches key &quot;%1&quot; of type %2; nothing was deleted.</source>
        <translation>Hakuna ingizo la akiba la aina %2 linalolingana na ufunguo &quot;%1&quot;; hakuna kilichofutwa.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="90"/>
        <source>No cache entry matches key &quot;%1&quot; for user %2; nothing was deleted.</source>
        <translation>Hakuna ingizo la akiba la mtumiaji %2 linalolingana na ufunguo &quot;%1&quot;; hakuna kilichofutwa.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="91"/>
        <source>No cache entry matches key &quot;%1&quot;; nothing was deleted.</source>
        <translation>Hakuna ingizo la akiba linalolingana na ufunguo &quot;%1&quot;; hakuna kilichofutwa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cache/CacheService.cpp" line="404"/>
        <source>The clean-up stopped after deleting %Ln expired rows: %1</source>
        <translation>
            <numerusform>Usafishaji ulisimama baada ya kufuta safu %Ln iliyoisha muda: %1</numerusform>
            <numerusform>Usafishaji ulisimama baada ya kufuta safu %Ln zilizoisha muda: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="118"/>
        <location filename="../models/cache/CacheService.cpp" line="149"/>
        <source>A %1 cache entry belongs to a user: give a user id.</source>
        <translation>Ingizo la akiba la aina %1 ni la mtumiaji: toa ID ya mtumiaji.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="151"/>
        <source>The data to cache is not valid JSON.</source>
        <translation>Data ya kuweka kwenye akiba si JSON halali.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="178"/>
        <source>Not cached: the %1 plan (cache tier %2) has no %3 caching.</source>
        <translation>Haijawekwa kwenye akiba: mpango %1 (daraja la akiba %2) hauna akiba ya aina %3.</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheService.cpp" line="378"/>
        <source>The batch size must be between 1 and %1, not %2.</source>
        <translation>Ukubwa wa kundi lazima uwe kati ya 1 na %1, si %2.</translation>
    </message>
</context>
<context>
    <name>CacheStatsPanel</name>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="34"/>
        <source>Lookups of:</source>
        <translation>Utafutaji wa:</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="37"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="38"/>
        <source>Last 7 days</source>
        <translation>Siku 7 zilizopita</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="39"/>
        <source>Last 30 days</source>
        <translation>Siku 30 zilizopita</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="40"/>
        <source>All recorded</source>
        <translation>Zote zilizorekodiwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="55"/>
        <source>Cost saved</source>
        <translation>Gharama iliyookolewa</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="57"/>
        <source>Storage</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="59"/>
        <source>Entries</source>
        <translation>Maingizo</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="70"/>
        <source>By type</source>
        <translation>Kwa aina</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="93"/>
        <source>Entries, hits and savings are those of the rows in the cache now, all time. The hit rate counts the lookups recorded in the chosen window, misses included.</source>
        <translation>Maingizo, matumizi na uokoaji ni ya safu zilizo kwenye akiba sasa, kwa wakati wote. Kiwango cha kupatikana huhesabu utafutaji uliorekodiwa katika kipindi kilichochaguliwa, ikiwemo ule ambao haukupatikana.</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="111"/>
        <source>Hit rate per day (UTC)</source>
        <translation>Kiwango cha kupatikana kwa siku (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="115"/>
        <source>Target 60 %</source>
        <translation>Lengo 60%</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="118"/>
        <source>Hit rate</source>
        <translation>Kupatikana</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="134"/>
        <source>Hit rate (%)</source>
        <translation>Kiwango cha kupatikana (%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="162"/>
        <source>today</source>
        <translation>leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="164"/>
        <source>last 7 days</source>
        <translation>siku 7</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="166"/>
        <source>last 30 days</source>
        <translation>siku 30</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="168"/>
        <source>all recorded</source>
        <translation>wakati wote</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="178"/>
        <source>hits × saving per hit, all entries</source>
        <translation>matumizi × uokoaji kwa kila moja, maingizo yote</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="179"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="180"/>
        <source>cache data of %Ln entries</source>
        <translation>
            <numerusform>data ya akiba ya ingizo %Ln</numerusform>
            <numerusform>data ya akiba ya maingizo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="182"/>
        <source>%Ln expired, waiting for a clean-up</source>
        <translation>
            <numerusform>%Ln limeisha muda, linasubiri usafishaji</numerusform>
            <numerusform>%Ln yameisha muda, yanasubiri usafishaji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="183"/>
        <source>none expired</source>
        <translation>hakuna lililoisha muda</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="212"/>
        <source>MMM d</source>
        <comment>day of the hit-rate axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="215"/>
        <source>Hit rate per day (UTC), %1</source>
        <translation>Kiwango cha kupatikana/siku (UTC), %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/cache/CacheStatsPanel.cpp" line="216"/>
        <source>Hit rate per day: none recorded, %1</source>
        <translation>Kiwango cha kupatikana/siku: hakuna kilichorekodiwa, %1</translation>
    </message>
</context>
<context>
    <name>CacheTypeStatsModel</name>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="86"/>
        <source>Average lifetime %1 minutes</source>
        <translation>Muda wa wastani wa kudumu: dakika %1</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="87"/>
        <source>Never expires</source>
        <translation>Haiishi muda kamwe</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="88"/>
        <source>All types</source>
        <translation>Aina zote</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="94"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="112"/>
        <source>Type</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="114"/>
        <source>Entries</source>
        <translation>Maingizo</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="116"/>
        <source>Hits</source>
        <translation>Matumizi</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="118"/>
        <source>Storage</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="120"/>
        <source>Cost saved</source>
        <translation>Uokoaji</translation>
    </message>
    <message>
        <location filename="../models/cache/CacheTypeStatsModel.cpp" line="122"/>
        <source>Expired</source>
        <translation>Yameisha</translation>
    </message>
</context>
<context>
    <name>ConcurrentStep</name>
    <message>
        <location filename="../models/db/ConcurrentStep.cpp" line="70"/>
        <source>index %1 is not valid after it was built</source>
        <translation>faharasa %1 si halali baada ya kujengwa</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="33"/>
        <source>Connect to a database</source>
        <translation>Unganisha na hifadhidata</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="52"/>
        <source>empty: the system keychain or ~/.pgpass</source>
        <translation>tupu: hifadhi ya manenosiri ya mfumo au ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="57"/>
        <source>verify-full encrypts and checks that the server&apos;s certificate is signed by your root certificate and names this host: use it for any server that is not on this computer.</source>
        <translation>verify-full husimba muunganisho kwa njia fiche na hukagua kwamba cheti cha seva kimetiwa saini na cheti chako cha mzizi na kinataja mwenyeji huyu: itumie kwa seva yoyote isiyo kwenye kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="65"/>
        <source>empty: ~/.postgresql/root.crt</source>
        <translation>tupu: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="70"/>
        <source>Root certificate</source>
        <translation>Cheti cha mzizi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="70"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Vyeti (*.crt *.pem);;Faili zote (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="80"/>
        <source>Save the password in ~/.pgpass (libpq&apos;s password file, readable only by you)</source>
        <translation>Hifadhi nenosiri katika ~/.pgpass (faili ya nenosiri ya libpq, inayosomeka na wewe pekee)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="82"/>
        <source>Remember the password in the system keychain</source>
        <translation>Kumbuka nenosiri katika hifadhi ya manenosiri ya mfumo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="84"/>
        <source>The desktop&apos;s keychain (GNOME Keyring, KWallet) keeps it, never a file of Quotadesk&apos;s. Untick it to forget a remembered password.</source>
        <translation>Hifadhi ya manenosiri ya eneo-kazi (GNOME Keyring, KWallet) inalitunza, kamwe si faili ya Quotadesk. Ondoa alama ili kusahau nenosiri lililokumbukwa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="91"/>
        <source>&amp;Host:</source>
        <translation>&amp;Mwenyeji:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="92"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poti:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="93"/>
        <source>&amp;Database:</source>
        <translation>&amp;Hifadhidata:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="94"/>
        <source>&amp;User:</source>
        <translation>Mt&amp;umiaji:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="95"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="96"/>
        <source>&amp;SSL mode:</source>
        <translation>Hali ya &amp;SSL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="97"/>
        <source>&amp;Root certificate:</source>
        <translation>&amp;Cheti cha mzizi:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="100"/>
        <source>Server</source>
        <translation>Seva</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="105"/>
        <source>Service &amp;name:</source>
        <translation>&amp;Jina la huduma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="106"/>
        <source>A section of ~/.pg_service.conf (or $PGSERVICEFILE). Passwords come from the service file or ~/.pgpass.</source>
        <translation>Sehemu ya ~/.pg_service.conf (au $PGSERVICEFILE). Manenosiri yanatoka kwenye faili ya huduma au ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="109"/>
        <source>Service</source>
        <translation>Huduma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="117"/>
        <source>optional: host=standby dbname=app, or a postgresql:// URI</source>
        <translation>hiari: host=standby dbname=app, au URI ya postgresql://</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="118"/>
        <source>A hot standby of this database: the pages read from it, while admin actions and change notifications stay on the server above.</source>
        <translation>Nakala tegemezi hai ya hifadhidata hii: kurasa zinasoma kutoka kwake, huku vitendo vya msimamizi na arifa za mabadiliko vikibaki kwenye seva iliyo juu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="120"/>
        <source>Read &amp;replica:</source>
        <translation>&amp;Nakala ya kusoma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="194"/>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="200"/>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="207"/>
        <source>Connect</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="194"/>
        <source>Name a service, or use the Server tab.</source>
        <translation>Taja huduma, au tumia kichupo cha Seva.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="200"/>
        <source>The root certificate %1 does not exist.</source>
        <translation>Cheti cha mzizi %1 hakipo.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecurity</name>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="17"/>
        <location filename="../models/db/ConnectionSecurity.cpp" line="20"/>
        <source>Not connected to PostgreSQL.</source>
        <translation>Haijaunganishwa na PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="55"/>
        <source>Encrypted, server verified</source>
        <translation>Imesimbwa kwa njia fiche, seva imethibitishwa</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="57"/>
        <source>Encrypted, certificate verified (host name not checked)</source>
        <translation>Imesimbwa kwa njia fiche, cheti kimethibitishwa (jina la mwenyeji halijakaguliwa)</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="59"/>
        <source>Encrypted, server not verified</source>
        <translation>Imesimbwa kwa njia fiche, seva haijathibitishwa</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="61"/>
        <source>Local connection, not encrypted</source>
        <translation>Muunganisho wa ndani, haujasimbwa kwa njia fiche</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="62"/>
        <source>Not encrypted</source>
        <translation>Haijasimbwa kwa njia fiche</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="68"/>
        <source>TLS is in use and the server&apos;s certificate and host name were checked (sslmode %1).</source>
        <translation>TLS inatumika, na cheti cha seva pamoja na jina la mwenyeji vimekaguliwa (sslmode %1).</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="70"/>
        <source>TLS is in use and the server&apos;s certificate was checked, but not its host name (sslmode %1). Use verify-full to check both.</source>
        <translation>TLS inatumika, na cheti cha seva kimekaguliwa, lakini si jina lake la mwenyeji (sslmode %1). Tumia verify-full ili kukagua vyote viwili.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="73"/>
        <source>TLS is in use, but the server&apos;s certificate was not checked (sslmode %1): another server could pose as this one. Use verify-full with the server&apos;s root certificate.</source>
        <translation>TLS inatumika, lakini cheti cha seva hakijakaguliwa (sslmode %1): seva nyingine inaweza kujifanya kuwa hii. Tumia verify-full pamoja na cheti cha mzizi cha seva.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="77"/>
        <source>Connected through a local socket: the data do not cross the network.</source>
        <translation>Imeunganishwa kupitia soketi ya ndani: data haipiti kwenye mtandao.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="79"/>
        <source>Connected to %1 on this computer: the data do not cross the network.</source>
        <translation>Imeunganishwa na %1 kwenye kompyuta hii: data haipiti kwenye mtandao.</translation>
    </message>
    <message>
        <location filename="../models/db/ConnectionSecurity.cpp" line="80"/>
        <source>Connected to %1 without TLS: passwords and data cross the network in clear. Use sslmode verify-full.</source>
        <translation>Imeunganishwa na %1 bila TLS: manenosiri na data hupita kwenye mtandao bila kusimbwa. Tumia sslmode verify-full.</translation>
    </message>
</context>
<context>
    <name>CostService</name>
    <message>
        <location filename="../models/costs/CostReport.cpp" line="64"/>
        <source>--days takes a number of days from 1 to 3660, not %1.</source>
        <translation>--days huchukua idadi ya siku kutoka 1 hadi 3660, si %1.</translation>
    </message>
    <message>
        <location filename="../models/costs/CostReport.cpp" line="76"/>
        <source>Unknown breakdown &quot;%1&quot;: use %2.</source>
        <translation>Mgawanyo &quot;%1&quot; haujulikani: tumia %2.</translation>
    </message>
</context>
<context>
    <name>CostSummary</name>
    <message>
        <location filename="../models/costs/CostSummary.cpp" line="35"/>
        <source>Daily spend is split by %1, over 1 to 366 days.</source>
        <translation>Matumizi ya kila siku hugawanywa kwa %1, kwa siku 1 hadi 366.</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <location filename="../ui/pages/CostsPage.h" line="34"/>
        <location filename="../ui/pages/CostsPage.cpp" line="58"/>
        <source>Costs</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="63"/>
        <source>AI spend this month</source>
        <translation>Matumizi ya AI mwezi huu</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="64"/>
        <source>Projected month end</source>
        <translation>Makadirio ya mwisho wa mwezi</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="65"/>
        <source>Failed calls this month</source>
        <translation>Miito iliyoshindwa mwezi huu</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="66"/>
        <source>Saved by the cache this month</source>
        <translation>Kilichookolewa na kache mwezi huu</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="67"/>
        <source>Net cost this month</source>
        <translation>Gharama halisi mwezi huu</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="81"/>
        <source>Last 30 days</source>
        <translation>Siku 30 za mwisho</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="82"/>
        <source>Last 90 days</source>
        <translation>Siku 90 za mwisho</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="85"/>
        <source>by provider/model</source>
        <translation>kwa mtoa huduma/modeli</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="86"/>
        <source>by task type</source>
        <translation>kwa aina ya kazi</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="87"/>
        <source>by plan (now)</source>
        <translation>kwa mpango (sasa)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="115"/>
        <source>US dollars</source>
        <translation>Dola za Marekani</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="132"/>
        <source>Top %n spenders this month (double-click: open on the Quotas page)</source>
        <translation>
            <numerusform>Mtumiaji %n anayetumia zaidi mwezi huu (bofya mara mbili: fungua kwenye ukurasa wa Vikomo)</numerusform>
            <numerusform>Watumiaji %n wanaotumia zaidi mwezi huu (bofya mara mbili: fungua kwenye ukurasa wa Vikomo)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="146"/>
        <source>Models this month</source>
        <translation>Modeli mwezi huu</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="151"/>
        <source>Alerts</source>
        <translation>Tahadhari</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="205"/>
        <source>%1 by this point last month (%2%3 %)</source>
        <translation>%1 hadi wakati huu mwezi uliopita (%2%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="208"/>
        <source>nothing by this point last month</source>
        <translation>hakuna hadi wakati huu mwezi uliopita</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="213"/>
        <source>%1 % of the %2 budget</source>
        <translation>%1 % ya bajeti ya %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="215"/>
        <source>%1; no budget set</source>
        <translation>%1; hakuna bajeti iliyowekwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="219"/>
        <source>Month to date, plus each remaining day of the month at the average spend of its weekday over the last 28 full UTC days (four of each weekday; days without calls count as 0), plus the rest of today at its weekday&apos;s average times the part of the day still to come.</source>
        <translation>Mwezi hadi sasa, pamoja na kila siku iliyobaki ya mwezi kwa wastani wa matumizi ya siku hiyo ya wiki katika siku 28 kamili za mwisho za UTC (nne za kila siku ya wiki; siku bila miito huhesabiwa 0), pamoja na sehemu iliyobaki ya leo kwa wastani wa siku yake ya wiki mara sehemu ya siku inayokuja.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="224"/>
        <source>%1 % of the spend: calls with status error or timeout</source>
        <translation>%1 % ya matumizi: miito yenye hali error au timeout</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="226"/>
        <source>calls with status error or timeout</source>
        <translation>miito yenye hali error au timeout</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="228"/>
        <source>recorded hits × saving per hit</source>
        <translation>vibao vilivyorekodiwa × akiba kwa kila kibao</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="230"/>
        <source>spend minus the cache&apos;s savings</source>
        <translation>matumizi ukiondoa akiba ya kache</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="233"/>
        <source>AI spend per UTC day, by task type: last %n days</source>
        <translation>
            <numerusform>Matumizi ya AI kwa siku ya UTC, kwa aina ya kazi: siku %n ya mwisho</numerusform>
            <numerusform>Matumizi ya AI kwa siku ya UTC, kwa aina ya kazi: siku %n za mwisho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="234"/>
        <source>AI spend per UTC day, by plan (now): last %n days</source>
        <translation>
            <numerusform>Matumizi ya AI kwa siku ya UTC, kwa mpango (sasa): siku %n ya mwisho</numerusform>
            <numerusform>Matumizi ya AI kwa siku ya UTC, kwa mpango (sasa): siku %n za mwisho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/CostsPage.cpp" line="235"/>
        <source>AI spend per UTC day, by model: last %n days</source>
        <translation>
            <numerusform>Matumizi ya AI kwa siku ya UTC, kwa modeli: siku %n ya mwisho</numerusform>
            <numerusform>Matumizi ya AI kwa siku ya UTC, kwa modeli: siku %n za mwisho</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Provider/model</source>
        <translation>Mtoa huduma/modeli</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="251"/>
        <source>Per 1,000 tokens</source>
        <translation>Kwa tokeni 1,000</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="255"/>
        <source>%1 ¢</source>
        <translation>senti %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="267"/>
        <source>No active alerts.</source>
        <translation>Hakuna tahadhari hai.</translation>
    </message>
    <message>
        <location filename="../ui/pages/CostsPage.cpp" line="297"/>
        <source>UTC day</source>
        <translation>Siku ya UTC</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../models/common/CsvExport.cpp" line="34"/>
        <location filename="../models/common/CsvExport.cpp" line="48"/>
        <location filename="../models/quota/QuotaListing.cpp" line="371"/>
        <location filename="../models/quota/QuotaListing.cpp" line="390"/>
        <source>Cannot write %1: %2</source>
        <translation>Haiwezi kuandika %1: %2</translation>
    </message>
</context>
<context>
    <name>DailySpendModel</name>
    <message>
        <location filename="../models/costs/DailySpendModel.cpp" line="73"/>
        <source>Day (UTC)</source>
        <translation>Siku (UTC)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="48"/>
        <source>The system keychain no longer has the password of %1.</source>
        <translation>Hifadhi ya manenosiri ya mfumo haina tena nenosiri la %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="55"/>
        <source>System keychain unavailable, connecting without the remembered password: %1</source>
        <translation>Hifadhi ya manenosiri ya mfumo haipatikani, inaunganisha bila nenosiri lililokumbukwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="59"/>
        <source>The password of %1 is now kept in the system keychain.</source>
        <translation>Nenosiri la %1 sasa limetunzwa katika hifadhi ya manenosiri ya mfumo.</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="62"/>
        <source>The system keychain did not update the password of %1: %2</source>
        <translation>Hifadhi ya manenosiri ya mfumo haikusasisha nenosiri la %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="79"/>
        <source>Preparing the demo database…</source>
        <translation>Inaandaa hifadhidata ya maonyesho…</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="80"/>
        <location filename="../ui/shell/Dashboard.cpp" line="94"/>
        <source>Quotadesk demo</source>
        <translation>Maonyesho ya Quotadesk</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="94"/>
        <source>The demo database could not be prepared: %1</source>
        <translation>Hifadhidata ya maonyesho haikuweza kuandaliwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="139"/>
        <source>Asking the system keychain for the password of %1…</source>
        <translation>Inaomba nenosiri la %1 kutoka hifadhi ya manenosiri ya mfumo…</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="139"/>
        <source>Connect without it</source>
        <translation>Unganisha bila nenosiri</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="140"/>
        <location filename="../ui/shell/Dashboard.cpp" line="202"/>
        <source>Quotadesk</source>
        <translation>Quotadesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/Dashboard.cpp" line="208"/>
        <source>Quotadesk: %n new alert(s)</source>
        <translation>
            <numerusform>Quotadesk: tahadhari mpya %n</numerusform>
            <numerusform>Quotadesk: tahadhari mpya %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="258"/>
        <source>Screenshot</source>
        <translation>Picha ya skrini</translation>
    </message>
    <message>
        <location filename="../ui/shell/Dashboard.cpp" line="258"/>
        <source>The page did not load within 90 seconds.</source>
        <translation>Ukurasa haukupakia ndani ya sekunde 90.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="108"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql.</source>
        <translation>Kiendeshi cha Qt cha PostgreSQL (QPSQL) hakijasakinishwa: sakinisha kifurushi libqt6sql6-psql.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="112"/>
        <source>Cannot understand the connection string: %1. Use a postgresql:// URI, key=value pairs or a database name.</source>
        <translation>Haiwezi kuelewa mfuatano wa muunganisho: %1. Tumia URI ya postgresql://, jozi za key=value au jina la hifadhidata.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="183"/>
        <source>(invalid connection string)</source>
        <translation>(mfuatano wa muunganisho si halali)</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="185"/>
        <source>(PG* environment defaults)</source>
        <translation>(chaguo-msingi za mazingira ya PG*)</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="252"/>
        <source>Cannot connect: libpq is out of memory.</source>
        <translation>Haiwezi kuunganisha: libpq imeishiwa na kumbukumbu.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="283"/>
        <source>Wrong password for PostgreSQL user &quot;%1&quot;: check PGPASSWORD, ~/.pgpass or the service file.</source>
        <translation>Nenosiri si sahihi kwa mtumiaji wa PostgreSQL &quot;%1&quot;: kagua PGPASSWORD, ~/.pgpass au faili ya huduma.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="287"/>
        <source>The server refuses this login (%1): connect as another user (user=... or PGUSER) or ask its administrator for access.</source>
        <translation>Seva inakataa uingiaji huu (%1): unganisha kama mtumiaji mwingine (user=... au PGUSER) au muombe msimamizi wake akupe ufikiaji.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="290"/>
        <source>The PostgreSQL server cannot take this connection now (%1): try again later.</source>
        <translation>Seva ya PostgreSQL haiwezi kupokea muunganisho huu sasa (%1): jaribu tena baadaye.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="291"/>
        <source>PostgreSQL refused the connection: %1</source>
        <translation>PostgreSQL imekataa muunganisho: %1</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="294"/>
        <source>The server asks for a password: put it in ~/.pgpass (or PGPASSWORD, or a service file).</source>
        <translation>Seva inaomba nenosiri: liweke katika ~/.pgpass (au PGPASSWORD, au faili ya huduma).</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="310"/>
        <source>Cannot reach the PostgreSQL server (%1): is it running, and are host, port and sslmode right?</source>
        <translation>Haiwezi kufikia seva ya PostgreSQL (%1): je, inaendeshwa, na je, mwenyeji, poti na sslmode ni sahihi?</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="306"/>
        <source>Invalid connection setting: %1. Fix the connection string.</source>
        <translation>Mpangilio wa muunganisho si halali: %1. Rekebisha mfuatano wa muunganisho.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="302"/>
        <source>Service &quot;%1&quot; is not defined: add it to ~/.pg_service.conf or set PGSERVICEFILE.</source>
        <translation>Huduma &quot;%1&quot; haijafafanuliwa: iongeze kwenye ~/.pg_service.conf au weka PGSERVICEFILE.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="285"/>
        <source>Database &quot;%1&quot; does not exist: create it (createdb) or name another one with --database.</source>
        <translation>Hifadhidata &quot;%1&quot; haipo: iunde (createdb) au taja nyingine kwa --database.</translation>
    </message>
    <message>
        <location filename="../models/db/DatabaseConnector.cpp" line="270"/>
        <source>PostgreSQL error: %1</source>
        <translation>Hitilafu ya PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="23"/>
        <source>The demo data script is missing from this build.</source>
        <translation>Hati ya data ya maonyesho haipo katika toleo hili.</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="49"/>
        <source>Starting a private PostgreSQL server…</source>
        <translation>Inaanzisha seva binafsi ya PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="62"/>
        <source>Creating the schema…</source>
        <translation>Inaunda skima…</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="67"/>
        <source>Loading demo data: %1 users, %2 days of usage…</source>
        <translation>Inapakia data ya maonyesho: watumiaji %1, siku %2 za matumizi…</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoEnvironment.cpp" line="76"/>
        <source>Analysing the demo data…</source>
        <translation>Inachambua data ya maonyesho…</translation>
    </message>
</context>
<context>
    <name>DemoMarker</name>
    <message>
        <location filename="../models/demo/DemoMarker.cpp" line="30"/>
        <source>Refusing to write made-up users and usage: database &quot;%1&quot; was not created by Quotadesk as a demo database.</source>
        <translation>Inakataa kuandika watumiaji na matumizi ya kubuni: hifadhidata &quot;%1&quot; haikuundwa na Quotadesk kama hifadhidata ya maonyesho.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="37"/>
        <source>∞ (infinity)</source>
        <translation>∞ (isiyo na mwisho)</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="37"/>
        <source>−∞ (minus infinity)</source>
        <translation>−∞ (hasi isiyo na mwisho)</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="75"/>
        <source>less than a minute</source>
        <translation>chini ya dakika moja</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="77"/>
        <source>about %n min</source>
        <translation>
            <numerusform>takriban dakika %n</numerusform>
            <numerusform>takriban dakika %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="80"/>
        <source>about %n h</source>
        <translation>
            <numerusform>takriban saa %n</numerusform>
            <numerusform>takriban saa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="81"/>
        <source>about %1 h %2 min</source>
        <translation>takriban saa %1 dakika %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="83"/>
        <source>about %n day(s)</source>
        <translation>
            <numerusform>takriban siku %n</numerusform>
            <numerusform>takriban siku %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="84"/>
        <source>about %n day(s) %1 h</source>
        <translation>
            <numerusform>takriban siku %n saa %1</numerusform>
            <numerusform>takriban siku %n saa %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="90"/>
        <source>lasts until it resets</source>
        <translation>inatosha hadi itakapowekwa upya</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="93"/>
        <source>out now</source>
        <translation>imekwisha sasa</translation>
    </message>
    <message>
        <location filename="../models/common/DisplayText.cpp" line="94"/>
        <source>out in %1 (%2 UTC)</source>
        <translation>itakwisha baada ya %1 (%2 UTC)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/common/DisplayText.cpp" line="103"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 na mwingine %Ln</numerusform>
            <numerusform>%1 na wengine %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitRateByDayModel</name>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="52"/>
        <source>%1: %2 % of %3 lookups</source>
        <translation>%1: %2% ya utafutaji %3</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="82"/>
        <source>Day of the window</source>
        <translation>Siku ya kipindi</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="84"/>
        <source>Hit rate (%)</source>
        <translation>Kiwango cha kupatikana (%)</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="86"/>
        <source>Hits</source>
        <translation>Zimepatikana</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="88"/>
        <source>Misses</source>
        <translation>Hazikupatikana</translation>
    </message>
    <message>
        <location filename="../models/cache/HitRateByDayModel.cpp" line="90"/>
        <source>Day (UTC)</source>
        <translation>Siku (UTC)</translation>
    </message>
</context>
<context>
    <name>HitRateDonut</name>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="63"/>
        <source>Hits</source>
        <translation>Zimepatikana</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="64"/>
        <source>Misses</source>
        <translation>Hazikupatikana</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="65"/>
        <source>No lookups recorded</source>
        <translation>Hakuna utafutaji uliorekodiwa</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="77"/>
        <source>60 %</source>
        <comment>the target mark on the hit-rate ring</comment>
        <translation>60%</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="109"/>
        <location filename="../ui/charts/HitRateDonut.cpp" line="150"/>
        <source>hit rate</source>
        <translation>kupatikana</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="139"/>
        <source>Hits: %1</source>
        <translation>%1 zimepatikana</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="140"/>
        <source>Misses: %1</source>
        <translation>%1 hazikupatikana</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="141"/>
        <source>Hit rate</source>
        <translation>Kiwango cha kupatikana</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="141"/>
        <source>Hit rate, %1</source>
        <translation>Kiwango cha kupatikana, %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="149"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="151"/>
        <source>On target (60 %) · %1 lookups recorded</source>
        <translation>Lengo limefikiwa (60%) · utafutaji %1 umerekodiwa</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="152"/>
        <source>Below the 60 % target · %1 lookups recorded</source>
        <translation>Chini ya lengo la 60% · utafutaji %1 umerekodiwa</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="154"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="155"/>
        <source>no lookups</source>
        <translation>bila utafutaji</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="157"/>
        <source>Hit rate unknown (no lookups recorded). Entry reuse instead: %1 hits per entry.</source>
        <translation>Kiwango cha kupatikana hakijulikani (hakuna utafutaji uliorekodiwa). Badala yake, matumizi ya maingizo: %1 kwa kila ingizo.</translation>
    </message>
    <message>
        <location filename="../ui/charts/HitRateDonut.cpp" line="159"/>
        <source>Hit rate unknown (no lookups recorded), and the cache has no entries.</source>
        <translation>Kiwango cha kupatikana hakijulikani (hakuna utafutaji uliorekodiwa), na akiba haina maingizo.</translation>
    </message>
</context>
<context>
    <name>HourlyTokensModel</name>
    <message>
        <location filename="../models/overview/HourlyTokensModel.cpp" line="57"/>
        <source>Hour (UTC)</source>
        <translation>Saa (UTC)</translation>
    </message>
    <message>
        <location filename="../models/overview/HourlyTokensModel.cpp" line="59"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../models/overview/HourlyTokensModel.cpp" line="61"/>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
</context>
<context>
    <name>HttpBinding</name>
    <message>
        <location filename="../app/quotadesk-server/HttpBinding.cpp" line="94"/>
        <source>Length required: send Content-Length (0 for no body).</source>
        <translation>Urefu unahitajika: tuma Content-Length (0 kama hakuna maudhui).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/HttpBinding.cpp" line="95"/>
        <source>Bad request.</source>
        <translation>Ombi si sahihi.</translation>
    </message>
</context>
<context>
    <name>LockRetry</name>
    <message>
        <location filename="../models/db/LockRetry.cpp" line="67"/>
        <source>a session that ended before it could be seen</source>
        <translation>kikao kilichoisha kabla hakijaonekana</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/db/LockRetry.cpp" line="68"/>
        <source>it waited for a lock %Ln times, %1 s each; blocked by %2. End that session or wait for it, then try again.</source>
        <translation>
            <numerusform>ilisubiri kufuli mara %Ln, sekunde %1 kila mara; imezuiwa na %2. Maliza kikao hicho au kisubiri, kisha ujaribu tena.</numerusform>
            <numerusform>ilisubiri kufuli mara %Ln, sekunde %1 kila mara; imezuiwa na %2. Maliza kikao hicho au kisubiri, kisha ujaribu tena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="30"/>
        <source>Quotadesk</source>
        <translation>Quotadesk</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="70"/>
        <source>Loading…</source>
        <translation>Inapakia…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="87"/>
        <source>%1 · reads from %2</source>
        <translation>%1 · inasoma kutoka %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="104"/>
        <source>Connection lost: %1 Reconnecting…</source>
        <translation>Muunganisho umepotea: %1 Inaunganisha upya…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="105"/>
        <source>Cannot connect: %1 Retrying…</source>
        <translation>Haiwezi kuunganisha: %1 Inajaribu tena…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="108"/>
        <source>Not connected</source>
        <translation>Haijaunganishwa</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="142"/>
        <source>This connection to %1 is not encrypted: passwords and data cross the network in clear. Reconnect with SSL mode verify-full and the server&apos;s root certificate. &lt;a href=&quot;dismiss&quot;&gt;Dismiss&lt;/a&gt;</source>
        <translation>Muunganisho huu na %1 haujasimbwa kwa njia fiche: manenosiri na data hupita kwenye mtandao bila kusimbwa. Unganisha upya ukitumia hali ya SSL verify-full na cheti cha mzizi cha seva. &lt;a href=&quot;dismiss&quot;&gt;Ondoa&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="151"/>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Hamisha jedwali kama CSV…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="152"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="153"/>
        <source>Save &amp;chart as PNG…</source>
        <translation>Hifadhi &amp;chati kama PNG…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="154"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="156"/>
        <source>C&amp;onnect to another database…</source>
        <translation>&amp;Unganisha na hifadhidata nyingine…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="157"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="163"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Onyesha upya</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="164"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="165"/>
        <source>&amp;Find</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="168"/>
        <source>&amp;Stop loading</source>
        <translation>&amp;Simamisha upakiaji</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="171"/>
        <source>Cancel the query the page is waiting for (Esc)</source>
        <translation>Ghairi hoja ambayo ukurasa unaisubiri (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="173"/>
        <source>Main</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="189"/>
        <source>Could not load: %1</source>
        <translation>Imeshindwa kupakia: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="231"/>
        <source>Updated %1</source>
        <translation>Imesasishwa %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="235"/>
        <source>Acting as %1</source>
        <translation>Unatenda kama %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="235"/>
        <source>No staff account chosen</source>
        <translation>Hakuna akaunti ya mfanyakazi iliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="237"/>
        <source>Acting as %1 — %2</source>
        <translation>Unatenda kama %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="239"/>
        <source>No staff account chosen — %1</source>
        <translation>Hakuna akaunti ya mfanyakazi iliyochaguliwa — %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="240"/>
        <source>Login %1</source>
        <translation>Uingiaji %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <location filename="../ui/shell/MainWindow.cpp" line="259"/>
        <location filename="../ui/shell/MainWindow.cpp" line="269"/>
        <source>Export</source>
        <translation>Hamisha</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="248"/>
        <source>This page has no table to export.</source>
        <translation>Ukurasa huu hauna jedwali la kuhamisha.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>Export table</source>
        <translation>Hamisha jedwali</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="251"/>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/MainWindow.cpp" line="261"/>
        <location filename="../ui/shell/MainWindow.cpp" line="271"/>
        <source>Exported %Ln rows to %1</source>
        <translation>
            <numerusform>Safu %Ln imehamishwa kwenda %1</numerusform>
            <numerusform>Safu %Ln zimehamishwa kwenda %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="264"/>
        <source>Exporting to %1…</source>
        <translation>Inahamisha kwenda %1…</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <location filename="../ui/shell/MainWindow.cpp" line="296"/>
        <location filename="../ui/shell/MainWindow.cpp" line="301"/>
        <location filename="../ui/shell/MainWindow.cpp" line="305"/>
        <source>Save chart</source>
        <translation>Hifadhi chati</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="279"/>
        <source>This page has no chart.</source>
        <translation>Ukurasa huu hauna chati.</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="296"/>
        <source>Which chart?</source>
        <translation>Chati ipi?</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="301"/>
        <source>PNG images (*.png)</source>
        <translation>Picha za PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="305"/>
        <source>Could not write %1.</source>
        <translation>Imeshindwa kuandika %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/db/Migrator.cpp" line="96"/>
        <source>Migrating needs a superuser or a role with CREATEROLE (it creates the quotadesk_* roles): run quotactl migrate as one; nothing was changed.</source>
        <translation>Uhamishaji unahitaji mtumiaji mkuu (superuser) au jukumu lenye CREATEROLE (huunda majukumu ya quotadesk_*): endesha quotactl migrate ukiwa mmojawapo; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="117"/>
        <source>Cannot create Quotadesk&apos;s bookkeeping table: %1</source>
        <translation>Haiwezi kuunda jedwali la uwekaji hesabu la Quotadesk: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="127"/>
        <source>This database&apos;s Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk; nothing was changed.</source>
        <translation>Skima ya Quotadesk ya hifadhidata hii ni toleo %1, jipya kuliko programu hii inavyojua (%2): sasisha Quotadesk; hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="160"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Uhamishaji %1 haupo katika toleo hili.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="215"/>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Uhamishaji %1 umeshindwa na umerudishwa nyuma: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="239"/>
        <source>Migration %1 is not complete (its transaction was kept; quotactl migrate goes on from here): a statement it runs outside its transaction failed: %2</source>
        <translation>Uhamishaji %1 haujakamilika (muamala wake umehifadhiwa; quotactl migrate inaendelea kutoka hapa): amri inayoendeshwa nje ya muamala wake imeshindwa: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="264"/>
        <source>Migration %1 ran completely but could not be recorded: %2</source>
        <translation>Uhamishaji %1 umeendeshwa kikamilifu lakini haukuweza kurekodiwa: %2</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="310"/>
        <source>Counting the existing usage rows stopped: %1</source>
        <translation>Kuhesabu safu za matumizi zilizopo kumesimama: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="317"/>
        <source>Rolling up the costs of the existing usage rows stopped: %1</source>
        <translation>Kujumlisha gharama za safu za matumizi zilizopo kumesimama: %1</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="385"/>
        <source>This database has no Quotadesk schema yet: run `quotactl migrate` first.</source>
        <translation>Hifadhidata hii bado haina skima ya Quotadesk: endesha `quotactl migrate` kwanza.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="387"/>
        <source>This database&apos;s Quotadesk schema is version %1, older than this program&apos;s %2: run `quotactl migrate`.</source>
        <translation>Skima ya Quotadesk ya hifadhidata hii ni toleo %1, la zamani kuliko toleo %2 la programu hii: endesha `quotactl migrate`.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="391"/>
        <source>This database&apos;s Quotadesk schema is version %1, newer than this program knows (%2): upgrade Quotadesk.</source>
        <translation>Skima ya Quotadesk ya hifadhidata hii ni toleo %1, jipya kuliko programu hii inavyojua (%2): sasisha Quotadesk.</translation>
    </message>
    <message>
        <location filename="../models/db/Migrator.cpp" line="402"/>
        <source>Table &quot;%1&quot; is missing from this database: run `quotactl migrate` to create it.</source>
        <translation>Jedwali &quot;%1&quot; halipo katika hifadhidata hii: endesha `quotactl migrate` ili kuliunda.</translation>
    </message>
</context>
<context>
    <name>Orchestrator</name>
    <message>
        <location filename="../models/ai/Orchestrator.cpp" line="54"/>
        <source>Quotadesk local generator</source>
        <translation>Kizalishaji cha ndani cha Quotadesk</translation>
    </message>
    <message>
        <location filename="../models/ai/Orchestrator.cpp" line="140"/>
        <source>The AI provider failed (%1): %2</source>
        <translation>Mtoa huduma wa AI ameshindwa (%1): %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.h" line="24"/>
        <location filename="../ui/pages/OverviewPage.cpp" line="27"/>
        <source>Overview</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="32"/>
        <source>Tokens today</source>
        <translation>Tokeni leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="33"/>
        <source>AI cost today</source>
        <translation>Gharama ya AI leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="34"/>
        <source>AI cost this month</source>
        <translation>Gharama ya AI mwezi huu</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="35"/>
        <source>Cache hit rate today</source>
        <translation>Kiwango cha kupatikana</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="36"/>
        <source>Users at warning (≥ %1 %)</source>
        <translation>Watumiaji kwenye onyo (≥ %1%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="37"/>
        <source>Users critical (≥ %1 %)</source>
        <translation>Watumiaji kwenye hatari (≥ %1%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="38"/>
        <source>Users exceeded (≥ %1 %)</source>
        <translation>Watumiaji waliozidi (≥ %1%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="39"/>
        <source>Cost saved by the cache</source>
        <translation>Gharama iliyookolewa na akiba</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="40"/>
        <source>Cache storage</source>
        <translation>Hifadhi ya akiba</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="51"/>
        <source>Tokens per hour (UTC): today and yesterday</source>
        <translation>Tokeni kwa saa (UTC): leo na jana</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="54"/>
        <source>Yesterday</source>
        <translation>Jana</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="58"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="81"/>
        <source>Hour of the day (UTC)</source>
        <translation>Saa ya siku (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="84"/>
        <location filename="../ui/pages/OverviewPage.cpp" line="156"/>
        <source>Thousand tokens</source>
        <translation>Tokeni elfu</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="132"/>
        <source>successful calls since 00:00 UTC</source>
        <translation>miito iliyofanikiwa tangu 00:00 UTC</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="133"/>
        <source>all calls, failed ones included</source>
        <translation>miito yote, ikiwemo iliyoshindwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="137"/>
        <source>of %1 users, daily quota</source>
        <translation>kati ya watumiaji %1, kiwango cha kila siku</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="144"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="145"/>
        <source>%1 lookups today; target 60 %</source>
        <translation>utafutaji %1 leo; lengo 60%</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="148"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="148"/>
        <source>no lookups recorded today</source>
        <translation>hakuna utafutaji uliorekodiwa leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="151"/>
        <source>hits × saving per hit, all entries</source>
        <translation>matumizi × uokoaji kwa kila moja, maingizo yote</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="152"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="153"/>
        <source>%1 entries</source>
        <translation>maingizo %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="156"/>
        <source>Million tokens</source>
        <translation>Tokeni milioni</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="156"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="33"/>
        <source>no Secret Service or KWallet is running</source>
        <translation>hakuna Secret Service wala KWallet inayoendeshwa</translation>
    </message>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="35"/>
        <source>access was refused</source>
        <translation>ufikiaji ulikataliwa</translation>
    </message>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="37"/>
        <source>unknown error</source>
        <translation>hitilafu isiyojulikana</translation>
    </message>
    <message>
        <location filename="../ui/shell/PasswordKeychain.cpp" line="62"/>
        <source>it did not answer</source>
        <translation>haikujibu</translation>
    </message>
</context>
<context>
    <name>PgPassFile</name>
    <message>
        <location filename="../models/db/PgPassFile.cpp" line="60"/>
        <source>Cannot read %1: %2</source>
        <translation>Haiwezi kusoma %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/PgPassFile.cpp" line="80"/>
        <location filename="../models/db/PgPassFile.cpp" line="89"/>
        <source>Cannot write %1: %2</source>
        <translation>Haiwezi kuandika %1: %2</translation>
    </message>
    <message>
        <location filename="../models/db/PgPassFile.cpp" line="85"/>
        <source>Cannot make %1 readable only by you: %2</source>
        <translation>Haiwezi kufanya %1 isomeke na wewe pekee: %2</translation>
    </message>
</context>
<context>
    <name>PlanLimitsDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="44"/>
        <source>Plan limits</source>
        <translation>Vikomo vya mpango</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="46"/>
        <source>The limits of a plan apply to all its users at once. Leave a limit empty for unlimited. Saving is recorded in the audit log.</source>
        <translation>Vikomo vya mpango vinatumika kwa watumiaji wake wote kwa pamoja. Acha kikomo kitupu kwa bila kikomo. Kuhifadhi kunarekodiwa kwenye kumbukumbu ya ukaguzi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="58"/>
        <source>%1 (%Ln users)</source>
        <translation>
            <numerusform>%1 (mtumiaji %Ln)</numerusform>
            <numerusform>%1 (watumiaji %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="59"/>
        <source>%1 (%Ln users, no limits row: freemium&apos;s apply)</source>
        <translation>
            <numerusform>%1 (mtumiaji %Ln, hakuna safu ya vikomo: vya freemium vinatumika)</numerusform>
            <numerusform>%1 (watumiaji %Ln, hakuna safu ya vikomo: vya freemium vinatumika)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="61"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Mpango:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="66"/>
        <source>unlimited</source>
        <translation>bila kikomo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="72"/>
        <source>&amp;Daily tokens:</source>
        <translation>Tokeni kwa &amp;siku:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="73"/>
        <source>&amp;Monthly tokens:</source>
        <translation>Tokeni kwa &amp;mwezi:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="74"/>
        <source>&amp;Hourly calls:</source>
        <translation>Miito kwa &amp;saa:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="78"/>
        <source>&amp;Cache tier:</source>
        <translation>&amp;Daraja la kache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="89"/>
        <source>Save…</source>
        <translation>Hifadhi…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="152"/>
        <source>Counting the users whose level would change…</source>
        <translation>Inahesabu watumiaji ambao kiwango chao kingebadilika…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="152"/>
        <source>A limit is a whole number, or empty for unlimited.</source>
        <translation>Kikomo ni namba kamili, au kitupu kwa bila kikomo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="168"/>
        <source>The preview could not be computed: %1</source>
        <translation>Hakiki haikuweza kuhesabiwa: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanLimitsDialog.cpp" line="175"/>
        <source>Under these limits, of the plan&apos;s %Ln users now: %1 change daily level, %2 monthly, %3 hourly; %4 newly at exceeded, %5 no longer.</source>
        <translation>
            <numerusform>Kwa vikomo hivi, kati ya mtumiaji %Ln wa mpango sasa: %1 wanabadilisha kiwango cha siku, %2 cha mwezi, %3 cha saa; %4 wamezidi upya, %5 si tena.</numerusform>
            <numerusform>Kwa vikomo hivi, kati ya watumiaji %Ln wa mpango sasa: %1 wanabadilisha kiwango cha siku, %2 cha mwezi, %3 cha saa; %4 wamezidi upya, %5 si tena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="18"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="20"/>
        <source>a boolean</source>
        <translation>thamani ya boolean</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="22"/>
        <source>a number</source>
        <translation>namba</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="24"/>
        <source>an array</source>
        <translation>orodha</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="26"/>
        <source>an object</source>
        <translation>kitu</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="28"/>
        <source>not a text</source>
        <translation>si maandishi</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="55"/>
        <source>There are no prompts: the object is empty.</source>
        <translation>Hakuna maagizo: kitu ni tupu.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="59"/>
        <source>A prompt has an empty key.</source>
        <translation>Agizo moja lina ufunguo tupu.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="62"/>
        <source>The key &quot;%1...&quot; is %2 characters; the limit is %3.</source>
        <translation>Ufunguo &quot;%1...&quot; una herufi %2; kikomo ni %3.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="65"/>
        <source>The key &quot;%1&quot; contains a NUL character.</source>
        <translation>Ufunguo &quot;%1&quot; una herufi NUL.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="67"/>
        <source>The value of &quot;%1&quot; is %2, not a prompt text.</source>
        <translation>Thamani ya &quot;%1&quot; ni %2, si maandishi ya agizo.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="69"/>
        <source>The prompt &quot;%1&quot; is empty.</source>
        <translation>Agizo &quot;%1&quot; ni tupu.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="72"/>
        <source>The prompt &quot;%1&quot; contains a NUL character (\u0000), which PostgreSQL text cannot hold.</source>
        <translation>Kidokezo &quot;%1&quot; kina herufi ya NUL (\u0000), ambayo maandishi ya PostgreSQL hayawezi kuhifadhi.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="106"/>
        <source>Prompts file %1 does not exist.</source>
        <translation>Faili ya maagizo %1 haipo.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="108"/>
        <source>%1 is a directory, not a prompts file.</source>
        <translation>%1 ni saraka, si faili ya maagizo.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="90"/>
        <source>Prompts file %1 is larger than %2 MB.</source>
        <translation>Faili ya maagizo %1 ni kubwa kuliko %2 MB.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="112"/>
        <source>Cannot read prompts file %1: %2</source>
        <translation>Haiwezi kusoma faili ya maagizo %1: %2</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="122"/>
        <source>Prompts file %1 is empty: it must hold a JSON object mapping cache keys to prompt texts.</source>
        <translation>Faili ya maagizo %1 ni tupu: lazima iwe na kitu cha JSON kinachounganisha funguo za akiba na maandishi ya maagizo.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="130"/>
        <source>Prompts file %1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>Faili ya maagizo %1 si JSON halali: %2 kwenye mstari %3, safu wima %4.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="134"/>
        <source>Prompts file %1 holds a JSON array; it must hold a JSON object mapping cache keys to prompt texts, like {&quot;cv_drafting_system&quot;: &quot;You are ...&quot;}.</source>
        <translation>Faili ya maagizo %1 ina orodha ya JSON; lazima iwe na kitu cha JSON kinachounganisha funguo za akiba na maandishi ya maagizo, kama {&quot;cv_drafting_system&quot;: &quot;You are ...&quot;}.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="137"/>
        <source>Prompts file %1 must hold a JSON object mapping cache keys to prompt texts.</source>
        <translation>Faili ya maagizo %1 lazima iwe na kitu cha JSON kinachounganisha funguo za akiba na maandishi ya maagizo.</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="145"/>
        <source>Prompts file %1, line %2: %3</source>
        <translation>Faili ya maagizo %1, mstari %2: %3</translation>
    </message>
    <message>
        <location filename="../models/cache/PromptSet.cpp" line="146"/>
        <source>Prompts file %1: %2</source>
        <translation>Faili ya maagizo %1: %2</translation>
    </message>
</context>
<context>
    <name>QuotaBarChart</name>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="24"/>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="139"/>
        <source>Top %1 users by daily quota used</source>
        <translation>Watumiaji %1 wa juu kwa kiwango cha kila siku kilichotumika</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="50"/>
        <source>% of daily quota used</source>
        <translation>% ya kiwango cha kila siku kilichotumika</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="51"/>
        <source>Dashed lines: the warning, critical and exceeded thresholds (%1, %2 and %3 %).</source>
        <translation>Mistari ya vistari: viwango vya onyo, hatari na kuzidi (%1, %2 na %3 %).</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="78"/>
        <source>%1% threshold</source>
        <translation>kizingiti cha %1%</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="119"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/QuotaBarChart.cpp" line="138"/>
        <source>No user has used any of a daily quota yet</source>
        <translation>Bado hakuna mtumiaji aliyetumia sehemu yoyote ya kiwango cha kila siku</translation>
    </message>
</context>
<context>
    <name>QuotaEndpoints</name>
    <message>
        <location filename="../models/rest/QuotaEndpoints.cpp" line="27"/>
        <source>Only staff and services may ask about another user&apos;s quota.</source>
        <translation>Ni wafanyakazi na huduma pekee wanaoweza kuuliza kuhusu kiwango cha mtumiaji mwingine.</translation>
    </message>
    <message>
        <location filename="../models/rest/QuotaEndpoints.cpp" line="32"/>
        <source>required for a caller that is not a user</source>
        <translation>inahitajika kwa mpigaji asiye mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/rest/QuotaEndpoints.cpp" line="145"/>
        <source>must be one of %1</source>
        <translation>lazima iwe mojawapo ya %1</translation>
    </message>
</context>
<context>
    <name>QuotaLevel</name>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="27"/>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="29"/>
        <source>Warning</source>
        <translation>Onyo</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="31"/>
        <source>Critical</source>
        <translation>Hatari</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaLevel.cpp" line="33"/>
        <source>Exceeded</source>
        <translation>Imezidi</translation>
    </message>
</context>
<context>
    <name>QuotaListingQuery</name>
    <message>
        <location filename="../models/quota/QuotaListing.cpp" line="249"/>
        <location filename="../models/quota/QuotaListing.cpp" line="276"/>
        <source>Column %1 cannot be sorted.</source>
        <translation>Safu %1 haiwezi kupangwa.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaListing.cpp" line="423"/>
        <source>Unknown period &quot;%1&quot;.</source>
        <translation>Kipindi kisichojulikana “%1”.</translation>
    </message>
</context>
<context>
    <name>QuotaPeriod</name>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="11"/>
        <source>Daily tokens (today, UTC)</source>
        <translation>Tokeni za kila siku (leo, UTC)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="13"/>
        <source>Monthly tokens (this month, UTC)</source>
        <translation>Tokeni za kila mwezi (mwezi huu, UTC)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="15"/>
        <source>Hourly calls (last 60 minutes)</source>
        <translation>Miito ya kila saa (dakika 60 zilizopita)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="25"/>
        <source>The daily quota of %1 was reset.</source>
        <translation>Kiwango cha kila siku cha %1 kimewekwa upya.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="27"/>
        <source>The monthly quota of %1 was reset.</source>
        <translation>Kiwango cha kila mwezi cha %1 kimewekwa upya.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="29"/>
        <source>The hourly quota of %1 was reset.</source>
        <translation>Kiwango cha kila saa cha %1 kimewekwa upya.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaPeriod.cpp" line="30"/>
        <source>The quota “%1” of %2 was reset.</source>
        <translation>Kiwango “%1” cha %2 kimewekwa upya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="34"/>
        <source>The daily quota of %Ln users was reset.</source>
        <translation>
            <numerusform>Kiwango cha kila siku cha mtumiaji %Ln kimewekwa upya.</numerusform>
            <numerusform>Viwango vya kila siku vya watumiaji %Ln vimewekwa upya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="36"/>
        <source>The monthly quota of %Ln users was reset.</source>
        <translation>
            <numerusform>Kiwango cha kila mwezi cha mtumiaji %Ln kimewekwa upya.</numerusform>
            <numerusform>Viwango vya kila mwezi vya watumiaji %Ln vimewekwa upya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="38"/>
        <source>The hourly quota of %Ln users was reset.</source>
        <translation>
            <numerusform>Kiwango cha kila saa cha mtumiaji %Ln kimewekwa upya.</numerusform>
            <numerusform>Viwango vya kila saa vya watumiaji %Ln vimewekwa upya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/quota/QuotaPeriod.cpp" line="39"/>
        <source>The quota “%1” of %Ln users was reset.</source>
        <translation>
            <numerusform>Kiwango “%1” cha mtumiaji %Ln kimewekwa upya.</numerusform>
            <numerusform>Viwango “%1” vya watumiaji %Ln vimewekwa upya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="116"/>
        <location filename="../models/quota/QuotaService.cpp" line="176"/>
        <location filename="../models/quota/QuotaService.cpp" line="196"/>
        <location filename="../models/quota/QuotaService.cpp" line="211"/>
        <source>No user with id %1.</source>
        <translation>Hakuna mtumiaji mwenye ID %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="237"/>
        <source>No token estimate for task &quot;%1&quot; and none for &quot;other&quot;: add one to quotadesk.task_estimates.</source>
        <translation>Hakuna makadirio ya tokeni kwa kazi &quot;%1&quot; wala kwa &quot;other&quot;: ongeza moja kwenye quotadesk.task_estimates.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="267"/>
        <source>The estimated token count must be a positive number, not %1.</source>
        <translation>Idadi ya tokeni iliyokadiriwa lazima iwe namba chanya, si %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="295"/>
        <source>Daily quota exceeded: %1 of %2 tokens used today; resets at %3.</source>
        <translation>Kiwango cha kila siku kimezidi: tokeni %1 kati ya %2 zimetumika leo; kitawekwa upya: %3.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="296"/>
        <source>Not enough daily quota: this request needs about %1 tokens, only %2 of %3 are left today; resets at %4.</source>
        <translation>Kiwango cha kila siku hakitoshi: ombi hili linahitaji takriban tokeni %1, zimebaki %2 tu kati ya %3 leo; kitawekwa upya: %4.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="299"/>
        <source>Monthly quota exceeded: %1 of %2 tokens used this month; resets at %3.</source>
        <translation>Kiwango cha kila mwezi kimezidi: tokeni %1 kati ya %2 zimetumika mwezi huu; kitawekwa upya: %3.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="300"/>
        <source>Not enough monthly quota: this request needs about %1 tokens, only %2 of %3 are left this month; resets at %4.</source>
        <translation>Kiwango cha kila mwezi hakitoshi: ombi hili linahitaji takriban tokeni %1, zimebaki %2 tu kati ya %3 mwezi huu; kitawekwa upya: %4.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="317"/>
        <source>Hourly call limit reached: %1 of %2 calls in the last 60 minutes; try again later.</source>
        <translation>Kikomo cha miito kwa saa kimefikiwa: miito %1 kati ya %2 katika dakika 60 zilizopita; jaribu tena baadaye.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="321"/>
        <source>Allowed: about %1 tokens.</source>
        <translation>Imeruhusiwa: takriban tokeni %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="415"/>
        <source>No plan given: name the plan whose limits to set.</source>
        <translation>Hakuna mpango uliotolewa: taja mpango ambao vikomo vyake vitawekwa.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="417"/>
        <source>The daily token limit must be zero or more (or empty for unlimited), not %1.</source>
        <translation>Kikomo cha tokeni cha kila siku lazima kiwe sifuri au zaidi (au tupu kwa bila kikomo), si %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="419"/>
        <source>The monthly token limit must be zero or more (or empty for unlimited), not %1.</source>
        <translation>Kikomo cha tokeni cha kila mwezi lazima kiwe sifuri au zaidi (au tupu kwa bila kikomo), si %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaService.cpp" line="421"/>
        <source>The hourly call limit must be between 0 and %1 (or empty for unlimited), not %2.</source>
        <translation>Kikomo cha miito kwa saa lazima kiwe kati ya 0 na %1 (au tupu kwa bila kikomo), si %2.</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="154"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="155"/>
        <source>%1 (id %2), inactive account</source>
        <translation>%1 (ID %2), akaunti isiyotumika</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="157"/>
        <source>Plan &quot;%1&quot; has no limits row: freemium&apos;s limits apply until one is added.</source>
        <translation>Mpango &quot;%1&quot; hauna safu ya vikomo: vikomo vya freemium vinatumika hadi safu iongezwe.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="162"/>
        <source>Unlimited on plan &quot;%1&quot;.</source>
        <translation>Bila kikomo kwenye mpango &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="196"/>
        <source>%1 (no limits: freemium&apos;s apply)</source>
        <translation>%1 (hakuna vikomo: vya freemium vinatumika)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="215"/>
        <source>unlimited</source>
        <translation>bila kikomo</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="203"/>
        <location filename="../models/quota/QuotaTableModel.cpp" line="217"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="159"/>
        <source>At this rate: %1.</source>
        <translation>Kwa kasi hii: %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="205"/>
        <source>out now</source>
        <translation>imekwisha sasa</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="205"/>
        <source>in %1</source>
        <translation>baada ya %1</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="217"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="262"/>
        <source>When the daily quota runs out at the pace of the last 60 minutes (successful calls&apos; tokens); – when not before midnight UTC</source>
        <translation>Kikomo cha siku kitakapokwisha kwa kasi ya dakika 60 zilizopita (tokeni za miito iliyofaulu); – ikiwa si kabla ya saa sita usiku UTC</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="264"/>
        <source>When the monthly quota runs out at the pace of the last 7 days (successful calls&apos; tokens); – when not before the month ends</source>
        <translation>Kikomo cha mwezi kitakapokwisha kwa kasi ya siku 7 zilizopita (tokeni za miito iliyofaulu); – ikiwa si kabla ya mwisho wa mwezi</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="267"/>
        <source>Tokens of successful calls since 00:00 UTC (after the latest daily reset)</source>
        <translation>Tokeni za miito iliyofanikiwa tangu 00:00 UTC (baada ya uwekaji upya wa kila siku wa hivi karibuni)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="269"/>
        <source>Tokens of successful calls since the 1st of the month, 00:00 UTC (after the latest monthly reset)</source>
        <translation>Tokeni za miito iliyofanikiwa tangu tarehe 1 ya mwezi, 00:00 UTC (baada ya uwekaji upya wa kila mwezi wa hivi karibuni)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="271"/>
        <source>Calls of any status in the last 60 minutes (after the latest hourly reset)</source>
        <translation>Miito ya hali yoyote katika dakika 60 zilizopita (baada ya uwekaji upya wa kila saa wa hivi karibuni)</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="285"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="287"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="289"/>
        <source>Plan</source>
        <translation>Mpango</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="291"/>
        <source>Today</source>
        <translation>Leo</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="293"/>
        <source>Daily limit</source>
        <translation>Kikomo cha siku</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="295"/>
        <source>Daily %</source>
        <translation>Siku %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="297"/>
        <source>Daily level</source>
        <translation>Ngazi ya siku</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="299"/>
        <source>This month</source>
        <translation>Mwezi huu</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="301"/>
        <source>Monthly limit</source>
        <translation>Kikomo cha mwezi</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="303"/>
        <source>Monthly %</source>
        <translation>Mwezi %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="305"/>
        <source>Monthly level</source>
        <translation>Ngazi ya mwezi</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="307"/>
        <source>Calls, 60 min</source>
        <translation>Miito, dak 60</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="309"/>
        <source>Hourly limit</source>
        <translation>Kikomo cha saa</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="311"/>
        <source>Hourly %</source>
        <translation>Saa %</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="313"/>
        <source>Hourly level</source>
        <translation>Ngazi ya saa</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="315"/>
        <source>Daily quota out</source>
        <translation>Kikomo cha siku kitakwisha</translation>
    </message>
    <message>
        <location filename="../models/quota/QuotaTableModel.cpp" line="317"/>
        <source>Monthly quota out</source>
        <translation>Kikomo cha mwezi kitakwisha</translation>
    </message>
</context>
<context>
    <name>Quotactl</name>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="28"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="45"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="57"/>
        <source>STAFF</source>
        <translation>MFANYAKAZI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="36"/>
        <source>Create or update Quotadesk&apos;s schema (upstream tables only where missing).</source>
        <translation>Unda au sasisha skima ya Quotadesk (majedwali ya upstream pale tu yanapokosekana).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="63"/>
        <source>Quota status of every user, from one query.</source>
        <translation>Hali ya kiwango ya kila mtumiaji, kutoka hoja moja.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="64"/>
        <source>Only users at this daily level or above: ok, warning, critical, exceeded.</source>
        <translation>Watumiaji walio katika ngazi hii ya kila siku au juu yake pekee: ok, warning, critical, exceeded.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="64"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="157"/>
        <source>LEVEL</source>
        <translation>NGAZI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="65"/>
        <source>Sort by daily, monthly or hourly percentage (default daily).</source>
        <translation>Panga kwa asilimia ya kila siku, kila mwezi au kila saa: daily, monthly au hourly (chaguo-msingi daily).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="65"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="152"/>
        <source>WINDOW</source>
        <translation>KIPINDI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="66"/>
        <source>Show at most N users (0 = all).</source>
        <translation>Onyesha watumiaji N kwa upeo (0 = wote).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="66"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="77"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="87"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="103"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="131"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="137"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="29"/>
        <source>Evaluate at this UTC time (ISO 8601) instead of now.</source>
        <translation>Tathmini katika wakati huu wa UTC (ISO 8601) badala ya sasa.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="28"/>
        <source>Staff account (id or email) taking the action; default $QUOTADESK_STAFF, else the login&apos;s own (quotactl grant).</source>
        <translation>Akaunti ya mfanyakazi (ID au barua pepe) inayotekeleza kitendo; chaguo-msingi ni $QUOTADESK_STAFF, vinginevyo ile ya uingiaji wenyewe (quotactl grant).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="29"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="100"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="134"/>
        <source>TIME</source>
        <translation>WAKATI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="31"/>
        <source>Id of this action (UUID; default: a fresh one, printed). The same id again acts not again: it prints the first outcome.</source>
        <translation>Kitambulisho cha kitendo hiki (UUID; chaguo-msingi: kipya, kinachapishwa). Kitambulisho kilekile tena hakitendi tena: kinachapisha matokeo ya kwanza.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="32"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="127"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="40"/>
        <source>Recompute the usage counters from the raw usage rows: exit 0 no drift, 1 naming the first user and day or month that differs.</source>
        <translation>Hesabu upya vihesabu vya matumizi kutoka safu ghafi: kutoka 0 hakuna tofauti, 1 ikitaja mtumiaji na siku au mwezi wa kwanza unaotofautiana.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="43"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="47"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="43"/>
        <source>Give a database login Quotadesk roles and the staff account it acts as (run by a DBA).</source>
        <translation>Mpe uingiaji wa hifadhidata majukumu ya Quotadesk na akaunti ya mfanyakazi unayotenda kwa niaba yake (huendeshwa na msimamizi wa hifadhidata).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="44"/>
        <source>viewer, admin, service or delegate; repeat for several.</source>
        <translation>viewer, admin, service au delegate; rudia kwa zaidi ya moja.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="44"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="56"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="45"/>
        <source>Staff account (id or email) the login acts as; viewer and admin need one.</source>
        <translation>Akaunti ya mfanyakazi (ID au barua pepe) ambayo uingiaji unatenda kwa niaba yake; viewer na admin zinaihitaji.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="47"/>
        <source>Take every Quotadesk role and the staff account from a login.</source>
        <translation>Ondoa kila jukumu la Quotadesk na akaunti ya mfanyakazi kutoka kwa uingiaji.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="50"/>
        <source>Logins with Quotadesk roles and the staff accounts they act as.</source>
        <translation>Uingiaji wenye majukumu ya Quotadesk, na akaunti za wafanyakazi ambazo kila mmoja hutenda kwa niaba yake.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="53"/>
        <source>create | revoke NAME</source>
        <translation>create | revoke JINA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="54"/>
        <source>Create an API token for quotadesk-server (printed once; only its SHA-256 is stored), or revoke one (audited).</source>
        <translation>Unda tokeni ya API ya quotadesk-server (huchapishwa mara moja tu; ni SHA-256 yake pekee inayohifadhiwa), au ibatilishe (hukaguliwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="55"/>
        <source>Name of the new token (unique among active tokens).</source>
        <translation>Jina la tokeni mpya (la kipekee kati ya tokeni zinazotumika).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="55"/>
        <source>NAME</source>
        <translation>JINA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="56"/>
        <source>What the token may do: service, viewer or admin.</source>
        <translation>Tokeni inaruhusiwa kufanya nini: service, viewer au admin.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="57"/>
        <source>Staff account (id or email) the token acts as; an admin token needs one.</source>
        <translation>Akaunti ya mfanyakazi (ID au barua pepe) ambayo tokeni inatenda kwa niaba yake; tokeni ya admin inaihitaji.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="60"/>
        <source>The API tokens: name, role, staff account, created, last used, revoked (never the tokens).</source>
        <translation>Tokeni za API: jina, jukumu, akaunti ya mfanyakazi, ilipoundwa, ilipotumika mwisho, ilipobatilishwa (kamwe si tokeni zenyewe).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="69"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="72"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="75"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="109"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="114"/>
        <source>USER</source>
        <translation>MTUMIAJI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="69"/>
        <source>Daily, monthly and hourly usage of one user against their plan.</source>
        <translation>Matumizi ya kila siku, kila mwezi na kila saa ya mtumiaji mmoja ikilinganishwa na mpango wake.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="72"/>
        <source>The quota limits of a user&apos;s plan.</source>
        <translation>Vikomo vya kiwango vya mpango wa mtumiaji.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="75"/>
        <source>Would a task be allowed now? Exit 0 allowed, 3 refused, 2 error.</source>
        <translation>Je, kazi ingeruhusiwa sasa? Msimbo wa kutoka: 0 imeruhusiwa, 3 imekataliwa, 2 hitilafu.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="76"/>
        <source>Task type: extraction, cv_draft, cover_letter, validation, ...</source>
        <translation>Aina ya kazi: extraction, cv_draft, cover_letter, validation, ...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="76"/>
        <source>TASK</source>
        <translation>KAZI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="77"/>
        <source>Estimated tokens (default: the task&apos;s estimate).</source>
        <translation>Tokeni zilizokadiriwa (chaguo-msingi: makadirio ya kazi).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="79"/>
        <source>USER...</source>
        <translation>MTUMIAJI...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="79"/>
        <source>Reset the quota of one or more users (recorded and audited; usage is kept).</source>
        <translation>Weka upya kiwango cha mtumiaji mmoja au zaidi (hurekodiwa na kukaguliwa; matumizi yanahifadhiwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="80"/>
        <source>daily, monthly or hourly.</source>
        <translation>daily, monthly au hourly.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="80"/>
        <source>PERIOD</source>
        <translation>KIPINDI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="81"/>
        <source>Why (required; goes to the audit log).</source>
        <translation>Sababu (inahitajika; huenda kwenye kumbukumbu za ukaguzi).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="81"/>
        <source>TEXT</source>
        <translation>MAANDISHI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="86"/>
        <source>AI spend of the last N UTC days: calls, tokens, cost and failed calls&apos; cost, by day, model, task, plan or user.</source>
        <translation>Matumizi ya AI ya siku N za mwisho (UTC): miito, tokeni, gharama na gharama ya miito iliyoshindwa, kwa siku, modeli, kazi, mpango au mtumiaji.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="87"/>
        <source>The N UTC days ending today (default 30).</source>
        <translation>Siku N za UTC zinazoishia leo (chaguo-msingi 30).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="88"/>
        <source>day, model (provider/model), task, plan (the user&apos;s plan now) or user (default day).</source>
        <translation>day, model (mtoa huduma/modeli), task, plan (mpango wa mtumiaji sasa) au user (chaguo-msingi day).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="91"/>
        <source>[set USD | remove]</source>
        <translation>[set USD | remove]</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="92"/>
        <source>Monthly AI budgets against this month&apos;s projection; set or remove one (admins; audited).</source>
        <translation>Bajeti za kila mwezi za AI dhidi ya makadirio ya mwezi huu; weka au ondoa moja (wasimamizi; hukaguliwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="93"/>
        <source>The budget of one plan (its users&apos; calls) instead of all calls.</source>
        <translation>Bajeti ya mpango mmoja (miito ya watumiaji wake) badala ya miito yote.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="96"/>
        <source>Active alerts (budget, users at exceeded, cache hit rate, expired rows): exit 0 none, 1 some.</source>
        <translation>Tahadhari hai (bajeti, watumiaji waliozidi, kiwango cha vibao vya kache, safu zilizoisha muda): toka 0 hakuna, 1 zipo.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="97"/>
        <source>POST each new alert once to this URL as JSON (Slack-compatible &quot;text&quot;).</source>
        <translation>Tuma kila tahadhari mpya mara moja kwa URL hii kama JSON (&quot;text&quot; inayoendana na Slack).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="97"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="99"/>
        <source>Cache size, hits, savings and hit rate (SQL aggregates).</source>
        <translation>Ukubwa wa akiba, matumizi, uokoaji na kiwango cha kupatikana (jumla za SQL).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="100"/>
        <source>Hit rate from this UTC time (default: all recorded lookups).</source>
        <translation>Kiwango cha kupatikana kuanzia wakati huu wa UTC (chaguo-msingi: utafutaji wote uliorekodiwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="102"/>
        <source>Delete expired cache rows, in batches (audited).</source>
        <translation>Futa safu za akiba zilizoisha muda, kwa makundi (hukaguliwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="105"/>
        <source>Only count what would be deleted.</source>
        <translation>Hesabu tu kile ambacho kingefutwa.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="109"/>
        <source>Delete one user&apos;s non-system cache rows (audited).</source>
        <translation>Futa safu za akiba zisizo za mfumo za mtumiaji mmoja (hukaguliwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="88"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="112"/>
        <source>KEY</source>
        <translation>UFUNGUO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="112"/>
        <source>Delete one cache entry (audited).</source>
        <translation>Futa ingizo moja la akiba (hukaguliwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="113"/>
        <source>Cache type: system, session, content, extraction.</source>
        <translation>Aina ya akiba: system, session, content, extraction.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="113"/>
        <location filename="../app/quotactl/CacheCommands.cpp" line="45"/>
        <source>TYPE</source>
        <translation>AINA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="114"/>
        <source>Owner of the entry (id or email).</source>
        <translation>Mmiliki wa ingizo (ID au barua pepe).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="118"/>
        <source>Upsert the system prompts (default set, or a JSON file key → text; audited).</source>
        <translation>Ingiza au sasisha maagizo ya mfumo (seti chaguo-msingi, au faili ya JSON ufunguo → maandishi; hukaguliwa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="119"/>
        <source>JSON file of prompts (default: the built-in set).</source>
        <translation>Faili ya JSON ya maagizo (chaguo-msingi: seti iliyojengwa ndani).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="119"/>
        <source>FILE</source>
        <translation>FAILI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="123"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="124"/>
        <source>Recompute the tamper-evident audit chain: exit 0 intact, 1 naming the first row changed, deleted or inserted outside Quotadesk.</source>
        <translation>Hesabu upya mnyororo wa ukaguzi usioweza kuchezewa bila kugunduliwa: toka 0 ukiwa salama, 1 ukitaja safu ya kwanza iliyobadilishwa, kufutwa au kuingizwa nje ya Quotadesk.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="127"/>
        <source>What an admin action did, or that it was never applied (exit 1).</source>
        <translation>Kitendo cha msimamizi kilifanya nini, au kwamba hakikutekelezwa kamwe (toka 1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="130"/>
        <source>Load deterministic demo data (users, usage, cache rows).</source>
        <translation>Pakia data ya maonyesho isiyobadilika (watumiaji, matumizi, safu za akiba).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="131"/>
        <source>Number of users (default 2000).</source>
        <translation>Idadi ya watumiaji (chaguo-msingi 2000).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="132"/>
        <source>Days of usage history (default 30).</source>
        <translation>Siku za historia ya matumizi (chaguo-msingi 30).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="132"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="33"/>
        <source>Random seed (default 1).</source>
        <translation>Mbegu ya nasibu (chaguo-msingi 1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="18"/>
        <source>Connection: postgresql:// URI, key=value string, service=NAME or database name (default: libpq&apos;s PG* variables, service file and ~/.pgpass).</source>
        <translation>Muunganisho: URI ya postgresql://, mfuatano wa key=value, service=NAME au jina la hifadhidata (chaguo-msingi: vigeu vya PG* vya libpq, faili ya huduma na ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="33"/>
        <location filename="../app/quotactl/CommandTable.cpp" line="138"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="103"/>
        <source>Rows per batch (default %1).</source>
        <translation>Safu kwa kila kundi (chaguo-msingi %1).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="134"/>
        <source>Pretend it is this UTC time (default now).</source>
        <translation>Jifanya ni wakati huu wa UTC (chaguo-msingi sasa).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="136"/>
        <source>Send realistic traffic through quota check, cache and generator.</source>
        <translation>Tuma trafiki halisi kupitia ukaguzi wa kiwango, akiba na kizalishaji.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="137"/>
        <source>Stop after N requests (default 500; 0 = until --duration).</source>
        <translation>Simama baada ya maombi N (chaguo-msingi 500; 0 = hadi --duration).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="138"/>
        <source>Stop after S seconds (default: no limit).</source>
        <translation>Simama baada ya sekunde S (chaguo-msingi: bila kikomo).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="139"/>
        <source>Requests per second (default: as fast as possible).</source>
        <translation>Maombi kwa sekunde (chaguo-msingi: haraka iwezekanavyo).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="139"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="19"/>
        <source>CONN</source>
        <translation>MUUNGANISHO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="20"/>
        <source>Print JSON (the REST API&apos;s field names) instead of tables.</source>
        <translation>Chapisha JSON (majina ya sehemu za REST API) badala ya majedwali.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="21"/>
        <source>Run on a private demo database (started, filled and removed on exit).</source>
        <translation>Endesha kwenye hifadhidata binafsi ya maonyesho (huanzishwa, hujazwa na huondolewa wakati wa kutoka).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="92"/>
        <source>Usage: quotactl [--database CONN] [--json] COMMAND [ARGS] [OPTIONS]

Quota and AI-cache administration for PostgreSQL.

Commands:
</source>
        <translation>Matumizi: quotactl [--database MUUNGANISHO] [--json] AMRI [HOJA] [CHAGUO]

Usimamizi wa viwango na akiba ya AI kwa PostgreSQL.

Amri:
</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="95"/>
        <source>Global options:</source>
        <translation>Chaguo za jumla:</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="96"/>
        <source>Each command has its own help: quotactl COMMAND --help.</source>
        <translation>Kila amri ina msaada wake: quotactl AMRI --help.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="97"/>
        <source>Exit codes: 0 done, 1 no (audit verify: not intact; action: never applied; verify-counters: drift), 2 error, 3 refused by the quota check, 4 not permitted, 5 busy (another clean-up or warm-up runs), 6 unknown (the connection broke during an admin action: check the action id).</source>
        <translation>Misimbo ya kutoka: 0 imekamilika, 1 hapana (audit verify: si kamili; action: hakijawahi kutekelezwa; verify-counters: tofauti), 2 hitilafu, 3 imekataliwa na ukaguzi wa kiwango, 4 hairuhusiwi, 5 ina shughuli (usafishaji au maandalizi mengine yanaendelea), 6 haijulikani (muunganisho ulikatika wakati wa kitendo cha msimamizi: kagua kitambulisho cha kitendo).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Quotactl.cpp" line="118"/>
        <source>unknown command &quot;%1&quot;; see quotactl --help</source>
        <translation>amri isiyojulikana &quot;%1&quot;; tazama quotactl --help</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="26"/>
        <source>Demo data loaded in %1 s: users %2, usage rows %3, cache rows %4 (expired %5). Staff account: %6.</source>
        <translation>Data ya maonyesho imepakiwa ndani ya sekunde %1: watumiaji %2, safu za matumizi %3, safu za akiba %4 (zilizoisha muda %5). Akaunti ya mfanyakazi: %6.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="97"/>
        <source>Requests %1 in %2 s: cache hits %3, misses %4, refused by quota %5, provider errors %6.</source>
        <translation>Maombi %1 ndani ya sekunde %2: yaliyopatikana kwenye akiba %3, yasiyopatikana %4, yaliyokataliwa na kiwango %5, hitilafu za mtoa huduma %6.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="107"/>
        <source>Starting a private PostgreSQL with demo data...</source>
        <translation>Inaanzisha PostgreSQL binafsi yenye data ya maonyesho...</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="98"/>
        <source>%1 needs exactly one USER (id or email).</source>
        <translation>%1 inahitaji MTUMIAJI mmoja tu (ID au barua pepe).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="123"/>
        <source>Action id: %1 (quotactl action %1 shows it; --action-id %1 repeats nothing).</source>
        <translation>Kitambulisho cha kitendo: %1 (quotactl action %1 kinakionyesha; --action-id %1 hakirudii chochote).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="133"/>
        <source>--action-id must be a UUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427, not &quot;%1&quot;.</source>
        <translation>--action-id lazima kiwe UUID kama 1b4e28ba-2fa1-11d2-883f-0016d3cca427, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="142"/>
        <source>--%1 must be a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 lazima iwe namba kamili ya 0 au zaidi, si &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="154"/>
        <source>--%1 must be an ISO 8601 time, e.g. 2026-11-24T13:00:00Z.</source>
        <translation>--%1 lazima iwe wakati wa ISO 8601, k.m. 2026-11-24T13:00:00Z.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/Invocation.cpp" line="165"/>
        <source>unlimited</source>
        <translation>bila kikomo</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="37"/>
        <source>Counting existing usage rows into the usage counters: up to id %1 of %2 (%3 %).</source>
        <translation>Inahesabu safu za matumizi zilizopo kwenye vihesabu vya matumizi: hadi kitambulisho %1 kati ya %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="38"/>
        <source>Rolling up the costs of existing usage rows: up to id %1 of %2 (%3 %).</source>
        <translation>Inajumlisha gharama za safu za matumizi zilizopo: hadi kitambulisho %1 kati ya %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="55"/>
        <source>Schema is at version %1; nothing to do.</source>
        <translation>Skima iko katika toleo %1; hakuna cha kufanya.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="57"/>
        <source>Schema updated from version %1 to %2: %3</source>
        <translation>Skima imesasishwa kutoka toleo %1 hadi %2: %3</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="61"/>
        <source>The usage counters hold rows up to id %1 of %2: status reads the raw rows until quotactl migrate completes them.</source>
        <translation>Vihesabu vya matumizi vina safu hadi kitambulisho %1 kati ya %2: hali inasoma safu ghafi hadi quotactl migrate ivikamilishe.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="65"/>
        <source>The cost rollups hold rows up to id %1 of %2: the Costs page reads the raw rows until quotactl migrate completes them.</source>
        <translation>Jumla za gharama zina safu hadi kitambulisho %1 kati ya %2: ukurasa wa Gharama unasoma safu ghafi hadi quotactl migrate izikamilishe.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="75"/>
        <source>verify-counters takes no arguments.</source>
        <translation>verify-counters haipokei hoja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/SchemaCommands.cpp" line="85"/>
        <source>Usage counters match the raw usage rows: %Ln counters checked.</source>
        <translation>
            <numerusform>Vihesabu vya matumizi vinalingana na safu ghafi: vihesabu %Ln vimehakikiwa.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/SchemaCommands.cpp" line="88"/>
        <source>Usage counters DRIFTED: %Ln counters differ from the raw usage rows.</source>
        <translation>
            <numerusform>Vihesabu vya matumizi VIMEPOTOKA: vihesabu %Ln vinatofautiana na safu ghafi.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="92"/>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="105"/>
        <source>%1 tokens, %2 calls, %3 bad rows</source>
        <translation>tokeni %1, simu %2, safu mbaya %3</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="99"/>
        <source>User %1, day %2: no counter, but the raw rows say %3.</source>
        <translation>Mtumiaji %1, siku %2: hakuna kihesabu, lakini safu ghafi zinasema %3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="100"/>
        <source>User %1, month %2: no counter, but the raw rows say %3.</source>
        <translation>Mtumiaji %1, mwezi %2: hakuna kihesabu, lakini safu ghafi zinasema %3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="108"/>
        <source>User %1, day %2: the counter says %3; the raw rows say %4.</source>
        <translation>Mtumiaji %1, siku %2: kihesabu kinasema %3; safu ghafi zinasema %4.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="109"/>
        <source>User %1, month %2: the counter says %3; the raw rows say %4.</source>
        <translation>Mtumiaji %1, mwezi %2: kihesabu kinasema %3; safu ghafi zinasema %4.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/SchemaCommands.cpp" line="115"/>
        <source>The backfill is not complete: only rows it has counted (up to id %1 of %2) and newer ones were compared.</source>
        <translation>Kujaza nyuma hakujakamilika: zililinganishwa tu safu ambazo kimeshahesabu (hadi kitambulisho %1 kati ya %2) na mpya zaidi.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="36"/>
        <source>--level must be one of ok, warning, critical, exceeded.</source>
        <translation>--level lazima iwe mojawapo ya ok, warning, critical, exceeded.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="39"/>
        <source>--sort must be daily, monthly or hourly.</source>
        <translation>--sort lazima iwe daily, monthly au hourly.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="94"/>
        <source>%Ln users. Daily level: %1 ok, %2 warning, %3 critical, %4 exceeded.</source>
        <translation>
            <numerusform>Mtumiaji %Ln. Ngazi ya siku: ok %1, warning %2, critical %3, exceeded %4.</numerusform>
            <numerusform>Watumiaji %Ln. Ngazi ya siku: ok %1, warning %2, critical %3, exceeded %4.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="98"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="99"/>
        <source>EMAIL</source>
        <translation>BARUA PEPE</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CommandTable.cpp" line="93"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="100"/>
        <source>PLAN</source>
        <translation>MPANGO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="101"/>
        <source>TODAY</source>
        <translation>LEO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="102"/>
        <source>DAY LIMIT</source>
        <translation>KIKOMO CHA SIKU</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="103"/>
        <source>DAY %</source>
        <translation>SIKU %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="104"/>
        <source>DAY LEVEL</source>
        <translation>NGAZI YA SIKU</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="105"/>
        <source>MONTH</source>
        <translation>MWEZI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="106"/>
        <source>MONTH LIMIT</source>
        <translation>KIKOMO CHA MWEZI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="107"/>
        <source>MONTH %</source>
        <translation>MWEZI %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="108"/>
        <source>CALLS/H</source>
        <translation>MIITO/SAA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="109"/>
        <source>CALL LIMIT</source>
        <translation>KIKOMO CHA MIITO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="113"/>
        <source>%1 (no limits: freemium)</source>
        <translation>%1 (hakuna vikomo: freemium)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="125"/>
        <source>(%1 of %Ln users shown)</source>
        <translation>
            <numerusform>(mtumiaji %1 kati ya %Ln ameonyeshwa)</numerusform>
            <numerusform>(watumiaji %1 kati ya %Ln wameonyeshwa)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="151"/>
        <source>Plan     %1</source>
        <translation>Mpango   %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="151"/>
        <source>Plan     %1  (no limits row: freemium limits apply)</source>
        <translation>Mpango   %1  (hakuna safu ya vikomo: vikomo vya freemium vinatumika)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="167"/>
        <source>At this rate (daily: the last 60 minutes, monthly: the last 7 days): daily quota %1; monthly quota %2.</source>
        <translation>Kwa kasi hii (kila siku: dakika 60 za mwisho, kila mwezi: siku 7 za mwisho): kikomo cha siku %1; kikomo cha mwezi %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="172"/>
        <source>Note: %Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation>
            <numerusform>Kumbuka: safu %Ln ya matumizi mwezi huu ina idadi hasi ya tokeni; inahesabiwa kama 0.</numerusform>
            <numerusform>Kumbuka: safu %Ln za matumizi mwezi huu zina idadi hasi ya tokeni; zinahesabiwa kama 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="188"/>
        <source>Plan            %1</source>
        <translation>Mpango            %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="188"/>
        <source>Plan            %1  (no limits row: freemium limits apply)</source>
        <translation>Mpango            %1  (hakuna safu ya vikomo: vikomo vya freemium vinatumika)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/QuotaCommands.cpp" line="217"/>
        <source>allowed: %1 for %2 needs about %Ln tokens.</source>
        <translation>
            <numerusform>imeruhusiwa: %1 kwa %2 inahitaji takriban tokeni %Ln.</numerusform>
            <numerusform>imeruhusiwa: %1 kwa %2 inahitaji takriban tokeni %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="265"/>
        <source>Users: %1</source>
        <translation>Watumiaji: %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="266"/>
        <location filename="../app/quotactl/AlertCommands.cpp" line="96"/>
        <source>Recorded in the audit log as %1.</source>
        <translation>Imerekodiwa katika kumbukumbu za ukaguzi kama %1.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="150"/>
        <source>User     %1  %2 (%3)</source>
        <translation>Mtumiaji %1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="153"/>
        <source>USED</source>
        <translation>IMETUMIKA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="154"/>
        <source>LIMIT</source>
        <translation>KIKOMO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="155"/>
        <source>REMAINING</source>
        <translation>IMEBAKI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="156"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="158"/>
        <source>RESETS AT</source>
        <translation>INAWEKWA UPYA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="163"/>
        <source>daily tokens</source>
        <translation>tokeni za siku</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="164"/>
        <source>monthly tokens</source>
        <translation>tokeni za mwezi</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="165"/>
        <source>calls, last hour</source>
        <translation>miito, saa iliyopita</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="165"/>
        <source>rolling</source>
        <translation>inayosonga</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="189"/>
        <source>Daily tokens    %1</source>
        <translation>Tokeni kwa siku   %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="190"/>
        <source>Monthly tokens  %1</source>
        <translation>Tokeni kwa mwezi  %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="191"/>
        <source>Calls per hour  %1</source>
        <translation>Miito kwa saa     %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="202"/>
        <source>check needs --task (extraction, cv_draft, cover_letter, validation, ...).</source>
        <translation>check inahitaji --task (extraction, cv_draft, cover_letter, validation, ...).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="208"/>
        <source>--tokens must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--tokens lazima iwe namba kamili chanya, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="219"/>
        <source>refused (%1): %2</source>
        <translation>imekataliwa (%1): %2</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="226"/>
        <source>reset needs at least one USER (id or email).</source>
        <translation>reset inahitaji angalau MTUMIAJI mmoja (ID au barua pepe).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="229"/>
        <source>reset needs --period daily, monthly or hourly.</source>
        <translation>reset inahitaji --period daily, monthly au hourly.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="232"/>
        <source>reset needs --reason: it goes to the audit log.</source>
        <translation>reset inahitaji --reason: sababu huenda kwenye kumbukumbu za ukaguzi.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="244"/>
        <location filename="../app/quotactl/QuotaCommands.cpp" line="252"/>
        <source>%1 Nothing was reset.</source>
        <translation>%1 Hakuna kilichowekwa upya.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="29"/>
        <source>Entries        %1 (%2 expired)</source>
        <translation>Maingizo                %1 (%2 yameisha muda)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="30"/>
        <source>Hits           %1</source>
        <translation>Matumizi                %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="31"/>
        <source>Cost saved     $%1</source>
        <translation>Gharama iliyookolewa    $%1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="32"/>
        <source>Storage        %1 MB</source>
        <translation>Hifadhi                 %1 MB</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="33"/>
        <source>Average TTL    %1 min</source>
        <translation>Wastani wa TTL          dakika %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="34"/>
        <source>Average TTL    none expire</source>
        <translation>Wastani wa TTL          hakuna ingizo linaloisha muda</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="37"/>
        <source>Hit rate       %1% (recorded hits: %2, misses: %3)</source>
        <translation>Kiwango cha kupatikana  %1% (utafutaji uliorekodiwa: %2 zimepatikana, %3 hazikupatikana)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="41"/>
        <source>Hit rate       unknown: no lookups recorded (entry reuse: %1 hits per entry)</source>
        <translation>Kiwango cha kupatikana  haijulikani: hakuna utafutaji uliorekodiwa (matumizi ya maingizo: %1 kwa kila ingizo)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="46"/>
        <source>ENTRIES</source>
        <translation>MAINGIZO</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="47"/>
        <source>EXPIRED</source>
        <translation>YALIYOISHA</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="48"/>
        <source>HITS</source>
        <translation>MATUMIZI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="49"/>
        <source>STORAGE MB</source>
        <translation>HIFADHI MB</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="50"/>
        <source>SAVED USD</source>
        <translation>UOKOAJI USD</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="69"/>
        <source>--batch must be between 1 and %1.</source>
        <translation>--batch lazima iwe kati ya 1 na %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="79"/>
        <source>%Ln expired cache rows would be deleted.</source>
        <translation>
            <numerusform>Safu %Ln ya akiba iliyoisha muda ingefutwa.</numerusform>
            <numerusform>Safu %Ln za akiba zilizoisha muda zingefutwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="89"/>
        <source>%Ln expired cache rows to delete.</source>
        <translation>
            <numerusform>Safu %Ln ya akiba iliyoisha muda itafutwa.</numerusform>
            <numerusform>Safu %Ln za akiba zilizoisha muda zitafutwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="97"/>
        <source>Interrupted after %Ln expired rows were deleted (batches: %1); the audit log has the exact count.</source>
        <translation>
            <numerusform>Imekatizwa baada ya safu %Ln iliyoisha muda kufutwa (makundi: %1); kumbukumbu za ukaguzi zina idadi kamili.</numerusform>
            <numerusform>Imekatizwa baada ya safu %Ln zilizoisha muda kufutwa (makundi: %1); kumbukumbu za ukaguzi zina idadi kamili.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="101"/>
        <source>%Ln expired rows deleted (batches: %1).</source>
        <translation>
            <numerusform>Safu %Ln iliyoisha muda imefutwa (makundi: %1).</numerusform>
            <numerusform>Safu %Ln zilizoisha muda zimefutwa (makundi: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="125"/>
        <source>%Ln cache rows of %1 deleted (system rows kept).</source>
        <translation>
            <numerusform>Safu %Ln ya akiba ya %1 imefutwa (safu za mfumo zimebaki).</numerusform>
            <numerusform>Safu %Ln za akiba za %1 zimefutwa (safu za mfumo zimebaki).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/CacheCommands.cpp" line="156"/>
        <source>%Ln cache entries deleted.</source>
        <translation>
            <numerusform>Ingizo %Ln la akiba limefutwa.</numerusform>
            <numerusform>Maingizo %Ln ya akiba yamefutwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="134"/>
        <source>delete-cache needs exactly one KEY.</source>
        <translation>delete-cache inahitaji UFUNGUO mmoja tu.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CacheCommands.cpp" line="179"/>
        <source>System prompts: %1 inserted, %2 updated, %3 unchanged.</source>
        <translation>Maagizo ya mfumo: %1 yameongezwa, %2 yamesasishwa, %3 hayajabadilika.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/DemoCommands.cpp" line="71"/>
        <source>simulate needs --requests or --duration, or it would never stop.</source>
        <translation>simulate inahitaji --requests au --duration, la sivyo haitasimama kamwe.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="18"/>
        <source>%1 needs exactly one LOGIN (a database role that can log in).</source>
        <translation>%1 inahitaji LOGIN moja tu (jukumu la hifadhidata linaloweza kuingia).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="48"/>
        <source>%1 now holds %2 and acts as %3.</source>
        <translation>%1 sasa ina %2 na inatenda kwa niaba ya %3.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="50"/>
        <source>%1 now holds %2.</source>
        <translation>%1 sasa ina %2.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="65"/>
        <source>%1 held no Quotadesk role; its staff account mapping, if any, is removed.</source>
        <translation>%1 haikuwa na jukumu lolote la Quotadesk; uhusiano wake na akaunti ya mfanyakazi, ikiwa ulikuwepo, umeondolewa.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="67"/>
        <source>%1 no longer holds %2 and acts as no staff account.</source>
        <translation>%1 haina tena %2 na haitendi kwa niaba ya akaunti yoyote ya mfanyakazi.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="86"/>
        <source>No login holds a Quotadesk role yet: see quotactl grant --help.</source>
        <translation>Bado hakuna uingiaji wenye jukumu la Quotadesk: tazama quotactl grant --help.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="89"/>
        <source>Login</source>
        <translation>Uingiaji</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="89"/>
        <source>Roles</source>
        <translation>Majukumu</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="89"/>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Staff account</source>
        <translation>Akaunti ya mfanyakazi</translation>
    </message>
    <message>
        <location filename="../app/quotactl/GrantCommands.cpp" line="91"/>
        <location filename="../app/quotactl/TokenCommands.cpp" line="87"/>
        <location filename="../app/quotactl/AuditCommands.cpp" line="75"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="16"/>
        <source>audit needs one subcommand: quotactl audit verify.</source>
        <translation>audit inahitaji amri ndogo moja: quotactl audit verify.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AuditCommands.cpp" line="23"/>
        <source>Audit trail intact: %Ln audit rows, each as it was written.</source>
        <translation>
            <numerusform>Kumbukumbu ya ukaguzi iko salama: safu %Ln ya ukaguzi, kama ilivyoandikwa.</numerusform>
            <numerusform>Kumbukumbu ya ukaguzi iko salama: safu %Ln za ukaguzi, kila moja kama ilivyoandikwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="25"/>
        <source>Head of the chain: %1 (keep it elsewhere: a later verify must end in it or a descendant).</source>
        <translation>Kichwa cha mnyororo: %1 (kihifadhi mahali pengine: uhakiki wa baadaye lazima uishie kwake au kwa kizazi chake).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AuditCommands.cpp" line="30"/>
        <source>Audit trail NOT intact: %Ln problems.</source>
        <translation>
            <numerusform>Kumbukumbu ya ukaguzi HAIKO salama: tatizo %Ln.</numerusform>
            <numerusform>Kumbukumbu ya ukaguzi HAIKO salama: matatizo %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="31"/>
        <source>First: %1</source>
        <translation>La kwanza: %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="41"/>
        <source>action needs exactly one UUID.</source>
        <translation>action inahitaji UUID moja hasa.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="44"/>
        <source>&quot;%1&quot; is not an action id (a UUID).</source>
        <translation>&quot;%1&quot; si kitambulisho cha kitendo (UUID).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="52"/>
        <source>Action %1 was never applied: this database has no record of it.</source>
        <translation>Kitendo %1 hakikutekelezwa kamwe: hifadhidata hii haina kumbukumbu yake.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="65"/>
        <source>Action      %1</source>
        <translation>Kitendo     %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="66"/>
        <source>Kind        %1</source>
        <translation>Aina        %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="67"/>
        <source>Staff       %1 (login %2, client %3)</source>
        <translation>Mfanyakazi  %1 (kuingia %2, mteja %3)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="68"/>
        <source>deleted account #%1</source>
        <translation>akaunti iliyofutwa #%1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="69"/>
        <source>unnamed</source>
        <translation>bila jina</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="71"/>
        <source>Applied     %1</source>
        <translation>Kilitekelezwa %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="72"/>
        <source>Steps       %1</source>
        <translation>Hatua       %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="73"/>
        <source>Request     %1</source>
        <translation>Ombi        %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="74"/>
        <source>Outcome     %1</source>
        <translation>Matokeo     %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AuditCommands.cpp" line="75"/>
        <source>Audit rows  %1</source>
        <translation>Safu za ukaguzi %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="19"/>
        <source>token needs a subcommand: quotactl token create --name NAME --role ROLE, or quotactl token revoke NAME.</source>
        <translation>token inahitaji amri ndogo: quotactl token create --name NAME --role ROLE, au quotactl token revoke NAME.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="25"/>
        <source>token create needs --name NAME and --role ROLE (service, viewer or admin).</source>
        <translation>token create inahitaji --name NAME na --role ROLE (service, viewer au admin).</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="29"/>
        <source>Unknown token role &quot;%1&quot;: use %2.</source>
        <translation>Jukumu la tokeni lisilojulikana &quot;%1&quot;: tumia %2.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="48"/>
        <source>Token &quot;%1&quot; (%2) created. It is shown only now: store it safely.</source>
        <translation>Tokeni &quot;%1&quot; (%2) imeundwa. Inaonyeshwa sasa tu: ihifadhi mahali salama.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="64"/>
        <source>Token &quot;%1&quot; revoked: it no longer authenticates anyone.</source>
        <translation>Tokeni &quot;%1&quot; imebatilishwa: haimthibitishi tena mtu yeyote.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="81"/>
        <source>No API tokens yet: see quotactl token --help.</source>
        <translation>Bado hakuna tokeni za API: angalia quotactl token --help.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Created (UTC)</source>
        <translation>Iliundwa (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="84"/>
        <source>Created by</source>
        <translation>Iliundwa na</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="85"/>
        <source>Last used (UTC)</source>
        <translation>Ilitumika mwisho (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="85"/>
        <source>Revoked (UTC)</source>
        <translation>Ilibatilishwa (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="89"/>
        <source>never</source>
        <translation>kamwe</translation>
    </message>
    <message>
        <location filename="../app/quotactl/TokenCommands.cpp" line="90"/>
        <source>active</source>
        <translation>inatumika</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="14"/>
        <source>Day (UTC)</source>
        <translation>Siku (UTC)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="16"/>
        <source>Provider/model</source>
        <translation>Mtoa huduma/modeli</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="18"/>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="20"/>
        <source>Plan (now)</source>
        <translation>Mpango (sasa)</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="21"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="29"/>
        <source>costs takes no arguments: use --days N and --by day, model, task, plan or user.</source>
        <translation>costs haichukui hoja: tumia --days N na --by day, model, task, plan au user.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="35"/>
        <source>--by must be one of %1.</source>
        <translation>--by lazima iwe mojawapo ya %1.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="44"/>
        <source>Calls</source>
        <translation>Miito</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="45"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="46"/>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="47"/>
        <source>Failed calls&apos; cost</source>
        <translation>Gharama ya miito iliyoshindwa</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="56"/>
        <source>Total</source>
        <translation>Jumla</translation>
    </message>
    <message>
        <location filename="../app/quotactl/CostCommands.cpp" line="58"/>
        <source>AI spend %1 to %2 (UTC days), by %3:</source>
        <translation>Matumizi ya AI %1 hadi %2 (siku za UTC), kwa %3:</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="21"/>
        <source>all calls</source>
        <translation>miito yote</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="21"/>
        <source>plan %1</source>
        <translation>mpango %1</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="34"/>
        <source>A budget is an amount of US dollars over 0, like 15000 or 15,000.00, not &quot;%1&quot;.</source>
        <translation>Bajeti ni kiasi cha dola za Marekani zaidi ya 0, kama 15000 au 15,000.00, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="39"/>
        <source>budget takes: nothing (list), set USD [--plan PLAN], or remove [--plan PLAN].</source>
        <translation>budget huchukua: hakuna (orodha), set USD [--plan MPANGO], au remove [--plan MPANGO].</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="55"/>
        <source>No monthly budget set: quotactl budget set USD [--plan PLAN].</source>
        <translation>Hakuna bajeti ya mwezi iliyowekwa: quotactl budget set USD [--plan MPANGO].</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="58"/>
        <source>Budget for</source>
        <translation>Bajeti ya</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="59"/>
        <source>Monthly budget</source>
        <translation>Bajeti ya mwezi</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="60"/>
        <source>Spent this month</source>
        <translation>Kilichotumika mwezi huu</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="61"/>
        <source>Projected</source>
        <translation>Makadirio</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="62"/>
        <source>Of the budget</source>
        <translation>Ya bajeti</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="66"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="93"/>
        <source>Monthly budget for %1 set to %2.</source>
        <translation>Bajeti ya mwezi ya %1 imewekwa kuwa %2.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="94"/>
        <source>Monthly budget for %1 removed.</source>
        <translation>Bajeti ya mwezi ya %1 imeondolewa.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="104"/>
        <source>alerts takes no arguments: quotactl alerts [--json] [--webhook URL].</source>
        <translation>alerts haichukui hoja: quotactl alerts [--json] [--webhook URL].</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="117"/>
        <source>No active alerts.</source>
        <translation>Hakuna tahadhari hai.</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="120"/>
        <source>CRITICAL</source>
        <translation>HATARI</translation>
    </message>
    <message>
        <location filename="../app/quotactl/AlertCommands.cpp" line="120"/>
        <source>warning</source>
        <translation>tahadhari</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AlertCommands.cpp" line="146"/>
        <source>%1 (%n alert(s) sent before it.)</source>
        <translation>
            <numerusform>%1 (tahadhari %n ilitumwa kabla yake.)</numerusform>
            <numerusform>%1 (tahadhari %n zilitumwa kabla yake.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/quotactl/AlertCommands.cpp" line="157"/>
        <source>%n new alert(s) sent, of %1 active.</source>
        <translation>
            <numerusform>Tahadhari mpya %n imetumwa, kati ya %1 hai.</numerusform>
            <numerusform>Tahadhari mpya %n zimetumwa, kati ya %1 hai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../ui/pages/QuotasPage.h" line="50"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="50"/>
        <source>Quotas</source>
        <translation>Viwango</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="90"/>
        <source>Filter by email, name or user id</source>
        <translation>Chuja kwa barua pepe, jina au ID ya mtumiaji</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="95"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="400"/>
        <source>All plans</source>
        <translation>Mipango yote</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="99"/>
        <source>The highest level of the user&apos;s daily, monthly and hourly quotas</source>
        <translation>Ngazi ya juu zaidi ya viwango vya kila siku, kila mwezi na kila saa vya mtumiaji</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="100"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="384"/>
        <source>All levels</source>
        <translation>Ngazi zote</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="108"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="425"/>
        <source>Reset quota…</source>
        <translation>Weka upya kiwango…</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="110"/>
        <source>Reset the daily, monthly or hourly quota of the selected users (audited)</source>
        <translation>Weka upya kiwango cha kila siku, kila mwezi au kila saa cha watumiaji waliochaguliwa (hukaguliwa)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="111"/>
        <source>Reset all matching…</source>
        <translation>Weka upya wote wanaolingana…</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="113"/>
        <source>Reset the quota of every user the filter matches, loaded or not (audited); needs a filter</source>
        <translation>Weka upya kikomo cha kila mtumiaji anayelingana na kichujio, amepakiwa au la (hukaguliwa); kinahitaji kichujio</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="114"/>
        <source>Plan limits…</source>
        <translation>Vikomo vya mpango…</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="116"/>
        <source>Edit a plan&apos;s daily, monthly and hourly limits, with a preview of who changes level (audited)</source>
        <translation>Hariri vikomo vya siku, mwezi na saa vya mpango, pamoja na hakiki ya nani anabadilisha kiwango (hukaguliwa)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="117"/>
        <source>&amp;Plan:</source>
        <translation>M&amp;pango:</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="120"/>
        <source>&amp;Level:</source>
        <translation>&amp;Ngazi:</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="182"/>
        <source>The users could not be loaded: %1</source>
        <translation>Watumiaji hawakuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="303"/>
        <source>as of %1 local time (%2 UTC)</source>
        <translation>kufikia %1 saa za hapa (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="387"/>
        <source>%1 (%2)</source>
        <comment>level filter: a level and how many users are at it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="404"/>
        <source>Plans without limits</source>
        <translation>Mipango isiyo na vikomo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="418"/>
        <source>%1 of %Ln users</source>
        <translation>
            <numerusform>%1 kati ya mtumiaji %Ln</numerusform>
            <numerusform>%1 kati ya watumiaji %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="425"/>
        <source>Reset quota of %Ln users…</source>
        <translation>
            <numerusform>Weka upya kiwango cha mtumiaji %Ln…</numerusform>
            <numerusform>Weka upya viwango vya watumiaji %Ln…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="611"/>
        <source>The matching users could not be read: %1 Nothing was reset.</source>
        <translation>Watumiaji wanaolingana hawakuweza kusomwa: %1 Hakuna kilichowekwa upya.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="615"/>
        <source>No user matches the filter. Nothing was reset.</source>
        <translation>Hakuna mtumiaji anayelingana na kichujio. Hakuna kilichowekwa upya.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="634"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="649"/>
        <source>Plan limits</source>
        <translation>Vikomo vya mpango</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="634"/>
        <source>The plans could not be read: %1</source>
        <translation>Mipango haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="652"/>
        <source>unlimited</source>
        <translation>bila kikomo</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="654"/>
        <source>Set the limits of plan %1 to %2 tokens a day, %3 a month and %4 calls an hour, cache tier %5? It applies to all its users at once; recorded in the audit log as %6.</source>
        <translation>Weka vikomo vya mpango %1 kuwa tokeni %2 kwa siku, %3 kwa mwezi na miito %4 kwa saa, daraja la kache %5? Inatumika kwa watumiaji wake wote kwa pamoja; inarekodiwa kwenye kumbukumbu ya ukaguzi kama %6.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="657"/>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="664"/>
        <source>The limits were not saved: %1</source>
        <translation>Vikomo havikuhifadhiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="665"/>
        <source>The limits of plan %1 were saved.</source>
        <translation>Vikomo vya mpango %1 vimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="705"/>
        <source>Reset the daily quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>Weka upya kiwango cha kila siku cha %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="707"/>
        <source>Reset the monthly quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>Weka upya kiwango cha kila mwezi cha %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="709"/>
        <source>Reset the hourly quota of %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>Weka upya kiwango cha kila saa cha %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="710"/>
        <source>Reset the quota “%1” of %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation>Weka upya kiwango “%1” cha %2? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="715"/>
        <source>Reset the daily quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Weka upya kiwango cha kila siku cha mtumiaji %Ln: %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</numerusform>
            <numerusform>Weka upya viwango vya kila siku vya watumiaji %Ln: %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="718"/>
        <source>Reset the monthly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Weka upya kiwango cha kila mwezi cha mtumiaji %Ln: %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</numerusform>
            <numerusform>Weka upya viwango vya kila mwezi vya watumiaji %Ln: %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="721"/>
        <source>Reset the hourly quota of %Ln users: %1? Usage rows are kept; the reset is recorded in the audit log as %2.</source>
        <translation>
            <numerusform>Weka upya kiwango cha kila saa cha mtumiaji %Ln: %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</numerusform>
            <numerusform>Weka upya viwango vya kila saa vya watumiaji %Ln: %1? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/QuotasPage.cpp" line="723"/>
        <source>Reset the quota “%1” of %Ln users: %2? Usage rows are kept; the reset is recorded in the audit log as %3.</source>
        <translation>
            <numerusform>Weka upya kiwango “%1” cha mtumiaji %Ln: %2? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %3.</numerusform>
            <numerusform>Weka upya viwango “%1” vya watumiaji %Ln: %2? Safu za matumizi zinahifadhiwa; uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi kama %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="556"/>
        <source>The history could not be loaded: %1</source>
        <translation>Historia haikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="101"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="385"/>
        <source>At risk: warning or above</source>
        <translation>Hatarini: onyo au zaidi</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="611"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="615"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="677"/>
        <location filename="../ui/pages/QuotasPage.cpp" line="682"/>
        <source>Reset quota</source>
        <translation>Weka upya kiwango</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="677"/>
        <source>A quota reset needs a reason: say why it is reset. Nothing was reset.</source>
        <translation>Kuweka upya kiwango kunahitaji sababu: eleza kwa nini kinawekwa upya. Hakuna kilichowekwa upya.</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="685"/>
        <source>Reset</source>
        <translation>Weka upya</translation>
    </message>
    <message>
        <location filename="../ui/pages/QuotasPage.cpp" line="692"/>
        <source>Nothing was reset: %1</source>
        <translation>Hakuna kilichowekwa upya: %1</translation>
    </message>
</context>
<context>
    <name>ResetQuotaDialog</name>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="17"/>
        <source>Reset quota of %1</source>
        <translation>Weka upya kiwango cha %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="21"/>
        <source>The usage of the chosen period counts again from now for: %1. Usage rows are kept, and the reset is recorded in the audit log.</source>
        <translation>Matumizi ya kipindi kilichochaguliwa yanahesabiwa upya kuanzia sasa kwa: %1. Safu za matumizi zinahifadhiwa, na uwekaji upya hurekodiwa katika kumbukumbu za ukaguzi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="18"/>
        <source>Reset quota of %Ln users</source>
        <translation>
            <numerusform>Weka upya kiwango cha mtumiaji %Ln</numerusform>
            <numerusform>Weka upya viwango vya watumiaji %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="34"/>
        <source>&amp;Period:</source>
        <translation>&amp;Kipindi:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="37"/>
        <source>Required, e.g. &quot;Support ticket 4711: billing error&quot;</source>
        <translation>Inahitajika, k.m. &quot;Tiketi ya msaada 4711: hitilafu ya malipo&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="39"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Sababu:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ResetQuotaDialog.cpp" line="43"/>
        <source>Continue…</source>
        <translation>Endelea…</translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <location filename="../models/rest/RestApi.cpp" line="52"/>
        <source>Method %1 is not allowed here.</source>
        <translation>Mbinu %1 hairuhusiwi hapa.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestApi.cpp" line="53"/>
        <source>No such endpoint: %1</source>
        <translation>Hakuna kituo kama hiki: %1</translation>
    </message>
</context>
<context>
    <name>RestFailure</name>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="22"/>
        <source>The database cannot be reached; try again later.</source>
        <translation>Hifadhidata haifikiki; jaribu tena baadaye.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="35"/>
        <source>Not authenticated.</source>
        <translation>Hujathibitishwa.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="47"/>
        <source>The body is larger than %1 bytes.</source>
        <translation>Maudhui ni makubwa kuliko baiti %1.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestFailure.cpp" line="52"/>
        <source>This action needs a staff account with admin rights.</source>
        <translation>Kitendo hiki kinahitaji akaunti ya mfanyakazi yenye haki za msimamizi.</translation>
    </message>
</context>
<context>
    <name>RestInput</name>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="18"/>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>si JSON halali (%1 katika nafasi %2)</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="20"/>
        <location filename="../models/rest/RestInput.cpp" line="117"/>
        <source>must be a JSON object</source>
        <translation>lazima iwe kitu cha JSON</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="42"/>
        <source>required</source>
        <translation>inahitajika</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="47"/>
        <source>must be a non-empty string</source>
        <translation>lazima iwe mfuatano usio tupu</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="49"/>
        <source>must be at most %1 characters</source>
        <translation>lazima iwe na herufi zisizozidi %1</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="61"/>
        <source>must be a positive integer</source>
        <translation>lazima iwe nambari kamili chanya</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="71"/>
        <location filename="../models/rest/RestInput.cpp" line="82"/>
        <source>must be a user id</source>
        <translation>lazima iwe kitambulisho cha mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/rest/RestInput.cpp" line="107"/>
        <source>must be a UUID</source>
        <translation>lazima iwe UUID</translation>
    </message>
</context>
<context>
    <name>RestWorkers</name>
    <message>
        <location filename="../models/rest/RestWorkers.cpp" line="73"/>
        <source>Internal error.</source>
        <translation>Hitilafu ya ndani.</translation>
    </message>
    <message>
        <location filename="../models/rest/RestWorkers.cpp" line="81"/>
        <source>The server is busy; try again later.</source>
        <translation>Seva ina shughuli nyingi; jaribu tena baadaye.</translation>
    </message>
</context>
<context>
    <name>ServerDemo</name>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="69"/>
        <source>quotadesk-server demo on %1</source>
        <translation>onyesho la quotadesk-server kwenye %1</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="71"/>
        <source>Staff JWT (%1, admin rights, valid 24 h):</source>
        <translation>JWT ya mfanyakazi (%1, haki za msimamizi, halali saa 24):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="74"/>
        <source>User JWT (user %1, valid 24 h):</source>
        <translation>JWT ya mtumiaji (mtumiaji %1, halali saa 24):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="81"/>
        <source>Service API token (any user&apos;s quota: ?user_id=N):</source>
        <translation>Tokeni ya API ya huduma (kiwango cha mtumiaji yeyote: ?user_id=N):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="83"/>
        <source>Admin API token (acts as %1):</source>
        <translation>Tokeni ya API ya msimamizi (inatenda kama %1):</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerDemo.cpp" line="85"/>
        <source>Try: curl -H &quot;Authorization: Bearer TOKEN&quot; %1/api/v1/quota/status</source>
        <translation>Jaribu: curl -H &quot;Authorization: Bearer TOKEN&quot; %1/api/v1/quota/status</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="40"/>
        <source>Serves Quotadesk&apos;s REST API (quotas and the AI cache) over HTTP.</source>
        <translation>Hutoa REST API ya Quotadesk (viwango na akiba ya AI) kupitia HTTP.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="44"/>
        <source>PostgreSQL target (URI, key=value or service=NAME) of a login holding quotadesk_service and quotadesk_delegate. Also QUOTADESK_DATABASE.</source>
        <translation>Lengo la PostgreSQL (URI, key=value au service=NAME) la kuingia lenye quotadesk_service na quotadesk_delegate. Pia QUOTADESK_DATABASE.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="44"/>
        <source>conn</source>
        <translation>muunganisho</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="45"/>
        <source>Address and port to listen on (default 127.0.0.1:8080). Also QUOTADESK_LISTEN.</source>
        <translation>Anwani na mlango wa kusikiliza (chaguo-msingi 127.0.0.1:8080). Pia QUOTADESK_LISTEN.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="45"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="46"/>
        <source>File holding the app&apos;s SECRET_KEY, which signs its users&apos; JWTs (HS256). Also QUOTADESK_JWT_SECRET_FILE.</source>
        <translation>Faili yenye SECRET_KEY ya programu, inayosaini JWT za watumiaji wake (HS256). Pia QUOTADESK_JWT_SECRET_FILE.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="46"/>
        <source>file</source>
        <translation>faili</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="47"/>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="48"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="47"/>
        <source>Database workers, each with its own database connection (default %1: one per core, at least 2). Also QUOTADESK_THREADS.</source>
        <translation>Wafanyakazi wa hifadhidata, kila mmoja na muunganisho wake (chaguo-msingi %1: mmoja kwa kila kiini, angalau 2). Pia QUOTADESK_THREADS.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="48"/>
        <source>HTTP connections served at once; more wait to be accepted (default %1). Also QUOTADESK_CONNECTIONS.</source>
        <translation>Miunganisho ya HTTP inayohudumiwa kwa wakati mmoja; mingine husubiri kupokelewa (chaguo-msingi %1). Pia QUOTADESK_CONNECTIONS.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="49"/>
        <source>Serve a private demo database and print tokens to try it with.</source>
        <translation>Toa hifadhidata binafsi ya onyesho na uchapishe tokeni za kuijaribu.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="57"/>
        <source>No database: give --database CONN or QUOTADESK_DATABASE (or --demo).</source>
        <translation>Hakuna hifadhidata: toa --database CONN au QUOTADESK_DATABASE (au --demo).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="64"/>
        <source>--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not %1.</source>
        <translation>--listen huchukua HOST:PORT, k.m. 127.0.0.1:8080, si %1.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="71"/>
        <source>Cannot read the JWT secret file %1: %2</source>
        <translation>Haiwezi kusoma faili ya siri ya JWT %1: %2</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="74"/>
        <source>The JWT secret file %1 is empty.</source>
        <translation>Faili ya siri ya JWT %1 ni tupu.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="77"/>
        <source>--threads takes a number from 1 to 1024.</source>
        <translation>--threads huchukua nambari kutoka 1 hadi 1024.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/ServerOptions.cpp" line="79"/>
        <source>--connections takes a number from 1 to 1024.</source>
        <translation>--connections huchukua namba kutoka 1 hadi 1024.</translation>
    </message>
</context>
<context>
    <name>SpendersModel</name>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="55"/>
        <source>Id</source>
        <translation>Kitambulisho</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="57"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="59"/>
        <source>Plan (now)</source>
        <translation>Mpango (sasa)</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="61"/>
        <source>Tokens this month</source>
        <translation>Tokeni mwezi huu</translation>
    </message>
    <message>
        <location filename="../models/costs/SpendersModel.cpp" line="63"/>
        <source>Cost this month</source>
        <translation>Gharama mwezi huu</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../models/db/SqlError.cpp" line="31"/>
        <source>A warm-up of the system prompts</source>
        <translation>Maandalizi ya maelekezo ya mfumo</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="32"/>
        <source>A clean-up of expired cache rows</source>
        <translation>Usafishaji wa safu za akiba zilizokwisha muda</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="41"/>
        <source>%1 is already running in another session: try again when it has finished.</source>
        <translation>%1 tayari inaendelea katika kikao kingine: jaribu tena itakapokamilika.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="42"/>
        <source>%1 is already running since %2 UTC, by %3: try again when it has finished.</source>
        <translation>%1 tayari inaendelea tangu %2 UTC, na %3: jaribu tena itakapokamilika.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="58"/>
        <source>The period to reset must be daily, monthly or hourly, not &quot;%1&quot;.</source>
        <translation>Kipindi cha kuweka upya lazima kiwe daily, monthly au hourly, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="60"/>
        <source>A quota reset needs a reason: say why it is reset.</source>
        <translation>Kuweka upya kiwango kunahitaji sababu: sema kwa nini kinawekwa upya.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="62"/>
        <source>No user was selected to reset.</source>
        <translation>Hakuna mtumiaji aliyechaguliwa kuwekwa upya.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="64"/>
        <source>The list of users to reset contains an empty id.</source>
        <translation>Orodha ya watumiaji wa kuwekwa upya ina kitambulisho kitupu.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="66"/>
        <source>No user with id %1: nothing was reset.</source>
        <translation>Hakuna mtumiaji mwenye kitambulisho %1: hakuna kilichowekwa upya.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="68"/>
        <source>Action id %1 was already used for another request: use a new action id.</source>
        <translation>Kitambulisho cha kitendo %1 kilishatumika kwa ombi lingine: tumia kitambulisho kipya.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="73"/>
        <source>A token needs a name of 1 to 100 characters.</source>
        <translation>Tokeni inahitaji jina la herufi 1 hadi 100.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="75"/>
        <source>A token&apos;s role must be service, viewer or admin, not &quot;%1&quot;.</source>
        <translation>Jukumu la tokeni lazima liwe service, viewer au admin, si &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="77"/>
        <source>No active staff account with id %1 for the token to act as.</source>
        <translation>Hakuna akaunti hai ya mfanyakazi yenye ID %1 ambayo tokeni inaweza kutenda kwa niaba yake.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="79"/>
        <source>An admin token needs the staff account it acts as.</source>
        <translation>Tokeni ya admin inahitaji akaunti ya mfanyakazi ambayo inatenda kwa niaba yake.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="81"/>
        <source>There is already an active token named &quot;%1&quot;: revoke it first or choose another name.</source>
        <translation>Tayari kuna tokeni hai inayoitwa &quot;%1&quot;: ibatilishe kwanza au chagua jina lingine.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="83"/>
        <source>There is no active token named &quot;%1&quot;.</source>
        <translation>Hakuna tokeni hai inayoitwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="181"/>
        <source>Lost the connection to the PostgreSQL server (%1): reconnect and try again.</source>
        <translation>Muunganisho na seva ya PostgreSQL umepotea (%1): unganisha upya na ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="183"/>
        <source>Permission denied (%1): ask a database administrator for the Quotadesk role this needs.</source>
        <translation>Ruhusa imekataliwa (%1): muombe msimamizi wa hifadhidata akupe jukumu la Quotadesk linalohitajika kwa hili.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="185"/>
        <source>Conflict with data already there (%1): refresh and try again.</source>
        <translation>Mgongano na data iliyopo tayari (%1): onyesha upya na ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="187"/>
        <source>The database stopped this because of concurrent work (%1): try again.</source>
        <translation>Hifadhidata imesimamisha hili kwa sababu ya kazi nyingine iliyokuwa ikiendelea wakati huo huo (%1): jaribu tena.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="189"/>
        <source>The database cancelled the query (%1).</source>
        <translation>Hifadhidata imeghairi hoja (%1).</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="192"/>
        <source>Refused: %1.</source>
        <translation>Imekataliwa: %1.</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="199"/>
        <source>PostgreSQL error: %1</source>
        <translation>Hitilafu ya PostgreSQL: %1</translation>
    </message>
    <message>
        <location filename="../models/db/SqlError.cpp" line="228"/>
        <source>Not connected to a database.</source>
        <translation>Haijaunganishwa na hifadhidata.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="15"/>
        <source>Who is at the keyboard?</source>
        <translation>Nani yuko kwenye kibodi?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="17"/>
        <source>Admin actions are recorded in the audit log under a staff account. Choose yours; Quotadesk remembers it.</source>
        <translation>Vitendo vya usimamizi hurekodiwa katika kumbukumbu za ukaguzi chini ya akaunti ya mfanyakazi. Chagua yako; Quotadesk itaikumbuka.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="26"/>
        <source>Loading staff accounts…</source>
        <translation>Inapakia akaunti za wafanyakazi…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="40"/>
        <source>Admin actions are recorded in the audit log under the staff account of your login %1.</source>
        <translation>Vitendo vya msimamizi vinarekodiwa kwenye kumbukumbu ya ukaguzi chini ya akaunti ya mfanyakazi ya kuingia kwako %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="53"/>
        <source>Your login %1 has no staff account: a DBA runs quotactl grant %1 --role admin --staff STAFF.</source>
        <translation>Kuingia kwako %1 hakuna akaunti ya mfanyakazi: DBA anaendesha quotactl grant %1 --role admin --staff STAFF.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="60"/>
        <source>There is no staff account in this database.</source>
        <translation>Hakuna akaunti ya mfanyakazi katika hifadhidata hii.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/StaffDialog.cpp" line="75"/>
        <source>Staff account</source>
        <translation>Akaunti ya mfanyakazi</translation>
    </message>
</context>
<context>
    <name>StaffLogins</name>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="49"/>
        <source>Name at least one role to grant: %1.</source>
        <translation>Taja angalau jukumu moja la kutoa: %1.</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="52"/>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Jukumu lisilojulikana &quot;%1&quot;: tumia %2.</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="55"/>
        <source>The viewer and admin roles need the staff account the login acts as: add --staff STAFF.</source>
        <translation>Majukumu ya viewer na admin yanahitaji akaunti ya mfanyakazi ambayo uingiaji unatenda kwa niaba yake: ongeza --staff MFANYAKAZI.</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="65"/>
        <source>There is no login role &quot;%1&quot; in this cluster: create it first (CREATE ROLE ... LOGIN).</source>
        <translation>Hakuna jukumu la kuingia &quot;%1&quot; katika klasta hii: liunde kwanza (CREATE ROLE ... LOGIN).</translation>
    </message>
    <message>
        <location filename="../models/users/StaffLogins.cpp" line="100"/>
        <source>There is no login role &quot;%1&quot; in this cluster.</source>
        <translation>Hakuna jukumu la kuingia &quot;%1&quot; katika klasta hii.</translation>
    </message>
</context>
<context>
    <name>ThrowawayPostgres</name>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="95"/>
        <source>Cannot run %1: %2</source>
        <translation>Haiwezi kuendesha %1: %2</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="99"/>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 haikumaliza ndani ya sekunde %2</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="103"/>
        <source>%1 failed: %2</source>
        <translation>%1 imeshindwa: %2</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="117"/>
        <source>PostgreSQL server programs (initdb, pg_ctl) not found: install the package postgresql, or set QUOTADESK_PG_BINDIR.</source>
        <translation>Programu za seva ya PostgreSQL (initdb, pg_ctl) hazikupatikana: sakinisha kifurushi postgresql, au weka QUOTADESK_PG_BINDIR.</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="124"/>
        <source>Running as root, but there is no &apos;postgres&apos; user to run the server: install the package postgresql.</source>
        <translation>Inaendeshwa kama root, lakini hakuna mtumiaji &apos;postgres&apos; wa kuendesha seva: sakinisha kifurushi postgresql.</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="132"/>
        <source>Cannot create a temporary directory in %1</source>
        <translation>Haiwezi kuunda saraka ya muda katika %1</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="136"/>
        <source>Cannot hand %1 to the postgres user</source>
        <translation>Haiwezi kukabidhi %1 kwa mtumiaji postgres</translation>
    </message>
    <message>
        <location filename="../models/demo/ThrowawayPostgres.cpp" line="214"/>
        <source>%1 is not a throwaway cluster</source>
        <translation>%1 si klasta ya muda</translation>
    </message>
</context>
<context>
    <name>TrafficSimulator</name>
    <message>
        <location filename="../models/demo/TrafficSimulator.cpp" line="39"/>
        <source>There are no active customer accounts to simulate: load some with `quotactl demo-data`.</source>
        <translation>Hakuna akaunti za wateja zinazotumika za kuiga: pakia baadhi kwa `quotactl demo-data`.</translation>
    </message>
    <message>
        <location filename="../models/demo/TrafficSimulator.cpp" line="50"/>
        <source>The simulation has no users: call prepare() first.</source>
        <translation>Uigaji hauna watumiaji: ita prepare() kwanza.</translation>
    </message>
</context>
<context>
    <name>UsageCounters</name>
    <message>
        <location filename="../models/quota/UsageCounters.cpp" line="50"/>
        <source>This database has no usage counters yet: run `quotactl migrate` first.</source>
        <translation>Hifadhidata hii bado haina vihesabu vya matumizi: endesha `quotactl migrate` kwanza.</translation>
    </message>
</context>
<context>
    <name>UserLookup</name>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="35"/>
        <source>No user given: name a user by id or email.</source>
        <translation>Hakuna mtumiaji aliyetolewa: taja mtumiaji kwa ID au barua pepe.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="40"/>
        <location filename="../models/users/UserLookup.cpp" line="49"/>
        <source>No user with id %1.</source>
        <translation>Hakuna mtumiaji mwenye ID %1.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="49"/>
        <source>No user with email %1.</source>
        <translation>Hakuna mtumiaji mwenye barua pepe %1.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="61"/>
        <source>%1 is not a staff account: admin actions need a user with is_admin or a super_admin, support_agent or finance_admin role.</source>
        <translation>%1 si akaunti ya mfanyakazi: vitendo vya usimamizi vinahitaji mtumiaji mwenye is_admin au jukumu la super_admin, support_agent au finance_admin.</translation>
    </message>
    <message>
        <location filename="../models/users/UserLookup.cpp" line="64"/>
        <source>Staff account %1 is deactivated.</source>
        <translation>Akaunti ya mfanyakazi %1 imezimwa.</translation>
    </message>
</context>
<context>
    <name>UserQuotaPanel</name>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="153"/>
        <source>Daily limit (current plan)</source>
        <translation>Kikomo cha siku (mpango wa sasa)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="197"/>
        <source>No user selected</source>
        <translation>Hakuna mtumiaji aliyechaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="198"/>
        <source>Select a user in the table or a bar in the chart.</source>
        <translation>Chagua mtumiaji kwenye jedwali au upau kwenye chati.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="199"/>
        <source>Their quota, when it resets and their last 30 days appear here.</source>
        <translation>Kiwango chake, wakati kinawekwa upya na siku zake 30 zilizopita vinaonekana hapa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="207"/>
        <source>%1 · plan %2 · id %3</source>
        <translation>%1 · mpango %2 · ID %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="208"/>
        <source>%1 (%2) · plan %3 · id %4</source>
        <translation>%1 (%2) · mpango %3 · ID %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="210"/>
        <source>%1 · inactive account</source>
        <translation>%1 · akaunti isiyotumika</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="212"/>
        <source>%1 · %Ln users selected</source>
        <translation>
            <numerusform>%1 · mtumiaji %Ln amechaguliwa</numerusform>
            <numerusform>%1 · watumiaji %Ln wamechaguliwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="217"/>
        <source>Unlimited daily quota</source>
        <translation>Kiwango cha kila siku bila kikomo</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="218"/>
        <source>%1 tokens used today</source>
        <translation>Tokeni %1 zimetumika leo</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="220"/>
        <source>%1% of daily quota used</source>
        <translation>%1% ya kiwango cha kila siku imetumika</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="221"/>
        <source>%1 tokens remaining</source>
        <translation>Tokeni %1 zimebaki</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="226"/>
        <source>Resets %1 local time (%2 UTC), in %3 h %4 min.</source>
        <translation>Kinawekwa upya %1 saa za hapa (%2 UTC), baada ya saa %3 dak %4.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="237"/>
        <source>Today: %1 of %2 tokens</source>
        <translation>Leo: tokeni %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="239"/>
        <source>This month: %1 tokens (unlimited)</source>
        <translation>Mwezi huu: tokeni %1 (bila kikomo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="241"/>
        <source>This month: %1 of %2 tokens (%3%), resets %4 UTC</source>
        <translation>Mwezi huu: tokeni %1 kati ya %2 (%3%), kinawekwa upya %4 UTC</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="245"/>
        <source>Last 60 minutes: %1 calls (unlimited)</source>
        <translation>Dakika 60 zilizopita: miito %1 (bila kikomo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="247"/>
        <source>Last 60 minutes: %1 of %2 calls (%3%)</source>
        <translation>Dakika 60 zilizopita: miito %1 kati ya %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="250"/>
        <source>Plan &quot;%1&quot; has no limits row: freemium&apos;s limits apply until one is added.</source>
        <translation>Mpango &quot;%1&quot; hauna safu ya vikomo: vikomo vya freemium vinatumika hadi safu iongezwe.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="252"/>
        <source>Last daily reset: %1 UTC</source>
        <translation>Uwekaji upya wa mwisho wa kila siku: %1 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="254"/>
        <source>%Ln usage rows this month have negative token counts; they count as 0.</source>
        <translation>
            <numerusform>Safu %Ln ya matumizi mwezi huu ina idadi hasi ya tokeni; inahesabiwa kama 0.</numerusform>
            <numerusform>Safu %Ln za matumizi mwezi huu zina idadi hasi ya tokeni; zinahesabiwa kama 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="296"/>
        <source>At this rate: daily quota %1; monthly quota %2.</source>
        <translation>Kwa kasi hii: kikomo cha siku %1; kikomo cha mwezi %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="301"/>
        <source>The daily quota at the pace of the last 60 minutes, the monthly one at the pace of the last 7 days (successful calls&apos; tokens).</source>
        <translation>Kikomo cha siku kwa kasi ya dakika 60 za mwisho, cha mwezi kwa kasi ya siku 7 za mwisho (tokeni za miito iliyofaulu).</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="338"/>
        <source>UTC day</source>
        <translation>Siku ya UTC</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="340"/>
        <source>Million tokens</source>
        <translation>Tokeni milioni</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="340"/>
        <source>Thousand tokens</source>
        <translation>Tokeni elfu</translation>
    </message>
    <message>
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="340"/>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/UserQuotaPanel.cpp" line="351"/>
        <source>Daily tokens of %1, last %Ln days</source>
        <translation>
            <numerusform>Tokeni za kila siku za %1, siku %Ln iliyopita</numerusform>
            <numerusform>Tokeni za kila siku za %1, siku %Ln zilizopita</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserUsageHistory</name>
    <message>
        <location filename="../models/quota/UserUsageHistory.cpp" line="23"/>
        <source>The history covers 1 to 366 days, not %1.</source>
        <translation>Historia inajumuisha siku 1 hadi 366, si %1.</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistory.cpp" line="35"/>
        <source>No user with id %1.</source>
        <translation>Hakuna mtumiaji mwenye ID %1.</translation>
    </message>
</context>
<context>
    <name>UserUsageHistoryModel</name>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="97"/>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="99"/>
        <source>Counted against the daily limit</source>
        <translation>Imehesabiwa dhidi ya kikomo cha siku</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="101"/>
        <source>Before a reset (not counted)</source>
        <translation>Kabla ya kuwekwa upya (haijahesabiwa)</translation>
    </message>
    <message>
        <location filename="../models/quota/UserUsageHistoryModel.cpp" line="103"/>
        <source>Daily limit</source>
        <translation>Kikomo cha siku</translation>
    </message>
</context>
<context>
    <name>WorkerCore</name>
    <message>
        <location filename="../models/db/DatabaseWorker.cpp" line="102"/>
        <location filename="../models/db/DatabaseWorker.cpp" line="171"/>
        <source>The connection to the database was lost.</source>
        <translation>Muunganisho na hifadhidata umepotea.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="44"/>
        <source>Quota and AI-cache dashboard for PostgreSQL.</source>
        <translation>Dashibodi ya viwango na akiba ya AI kwa PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="47"/>
        <source>Run on a private demo database with live simulated traffic.</source>
        <translation>Endesha kwenye hifadhidata binafsi ya maonyesho yenye trafiki iliyoigwa ya moja kwa moja.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="49"/>
        <source>Connection: postgresql:// URI, key=value string, service=NAME or database name.</source>
        <translation>Muunganisho: URI ya postgresql://, mfuatano wa key=value, service=NAME au jina la hifadhidata.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="50"/>
        <location filename="../app/quotadesk/main.cpp" line="53"/>
        <source>CONN</source>
        <translation>MUUNGANISHO</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="52"/>
        <source>A hot standby of the database: the pages read from it; admin actions and notifications stay on --database.</source>
        <translation>Nakala tegemezi hai ya hifadhidata: kurasa zinasoma kutoka kwake; vitendo vya msimamizi na arifa vinabaki kwenye --database.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="54"/>
        <source>Language, e.g. de or sw (default: the system&apos;s).</source>
        <translation>Lugha, k.m. de au sw (chaguo-msingi: ya mfumo).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="55"/>
        <source>LANG</source>
        <translation>LUGHA</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="56"/>
        <source>Save a screenshot of the page once loaded, then quit.</source>
        <translation>Hifadhi picha ya skrini ya ukurasa ukishapakiwa, kisha ondoka.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="57"/>
        <location filename="../app/quotadesk/main.cpp" line="61"/>
        <source>FILE</source>
        <translation>FAILI</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="58"/>
        <source>Page to open: overview, quotas, costs, cache or audit.</source>
        <translation>Ukurasa wa kufungua: overview, quotas, costs, cache au audit.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="59"/>
        <source>PAGE</source>
        <translation>UKURASA</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="60"/>
        <source>Use this settings file instead of the user&apos;s.</source>
        <translation>Tumia faili hii ya mipangilio badala ya ile ya mtumiaji.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="62"/>
        <source>Demo: simulated requests per second (default 4).</source>
        <translation>Maonyesho: maombi yaliyoigwa kwa sekunde (chaguo-msingi 4).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="63"/>
        <source>RATE</source>
        <translation>KASI</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="64"/>
        <source>Colors: light, dark or system (default).</source>
        <translation>Rangi: light, dark au system (chaguo-msingi).</translation>
    </message>
    <message>
        <location filename="../app/quotadesk/main.cpp" line="65"/>
        <source>THEME</source>
        <translation>MANDHARI</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/main.cpp" line="73"/>
        <source>Cannot listen on %1:%2.</source>
        <translation>Haiwezi kusikiliza kwenye %1:%2.</translation>
    </message>
    <message>
        <location filename="../app/quotadesk-server/main.cpp" line="77"/>
        <source>Listening on http://%1:%2 with %3 database workers, up to %4 connections.</source>
        <translation>Inasikiliza http://%1:%2 na wafanyakazi %3 wa hifadhidata, hadi miunganisho %4.</translation>
    </message>
</context>
</TS>

// transaction.large: a transaction at or above the amount the customer asked to hear about.
// Arguments (render.ts): {kind} `credit` for money in, else the
// transaction channel (`card`, `online`, `atm`, `transfer`); {amount}; {account} last four characters;
// {when} date and time; {hasMerchant} `yes`/`no` with {merchant} (name, city, country) and {shortMerchant}
// (for SMS); {hasCard} with {card} (last four digits); {hasBalance} with {balanceAfter}; {minAmount} the
// customer's threshold.
//
// Every channel sends the customer to the app to report a transaction they do not recognise. The SMS no
// longer asks for a FRAUD reply: a bare "FRAUD" cannot say which transaction it means once several alerts
// went out, and reporting one starts a dispute the bank's app or phone line takes (docs/design.md,
// "Replies to a transaction alert"). On WhatsApp a free-text reply reaches no one either (the inbound
// handling reads quick replies, consent keywords and fraud YES / NO only).
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    // v2: the first body asked for a FRAUD reply, which nothing reads on WhatsApp; a changed body is a new
    // approval, so a new name.
    // v3: the account is a parameter of its own, named with or without its last four digits
    // (`accountLast4`); a changed body is a new approval, so a new name.
    template: 'herald_transaction_large_v3',
    category: 'UTILITY',
    example: ['your account ending 1001', '£1,250.00 payment at ELECTROWORLD, London', '3 Mar 2026, 10:12'],
    body: {
      en: "Transaction alert for {{1}}: {{2}} on {{3}}. If you don't recognise it, report it in the app straight away.",
      id: 'Notifikasi transaksi {{1}}: {{2}} pada {{3}}. Jika Anda tidak mengenali transaksi ini, segera laporkan melalui aplikasi.',
      ar: 'تنبيه عملية على {{1}}: {{2}} بتاريخ {{3}}. إن لم تتعرّف على هذه العملية، يرجى الإبلاغ عنها فورًا من التطبيق.',
      ro: 'Alertă tranzacție pentru {{1}}: {{2}}, pe {{3}}. Dacă nu recunoașteți tranzacția, raportați-o imediat din aplicație.',
      vi: 'Thông báo giao dịch {{1}}: {{2}} vào {{3}}. Nếu Quý khách không nhận ra giao dịch này, vui lòng báo ngay qua ứng dụng.',
      de: 'Umsatz-Alarm für {{1}}: {{2}} am {{3}}. Wenn Sie diesen Umsatz nicht kennen, melden Sie ihn bitte sofort in der App.',
    },
  },
  messages: {
    en: {
      subject:
        'Transaction alert: {kind, select, credit {{amount} received} atm {{amount} cash withdrawal} transfer {{amount} transfer} other {{amount} payment}}',
      preheader:
        "{when}{hasAccount, select, yes {, account ending {account}} other {}}. If it wasn't you, tell us straight away.",
      heading:
        '{kind, select, credit {You received {amount}} atm {You withdrew {amount} in cash} transfer {You sent a transfer of {amount}} other {You paid {amount}}}',
      p1: '{kind, select, credit {{amount} was paid into your account{hasAccount, select, yes { ending {account}} other {}} on {when}.} atm {{amount} was withdrawn in cash from your account{hasAccount, select, yes { ending {account}} other {}} on {when}.} transfer {A transfer of {amount} left your account{hasAccount, select, yes { ending {account}} other {}} on {when}.} other {A payment of {amount} was made from your account{hasAccount, select, yes { ending {account}} other {}} on {when}.}}',
      p2: '{hasMerchant, select, yes {{kind, select, credit {From: {merchant}} other {Merchant: {merchant}}}} other {}}',
      p3: '{hasCard, select, yes {Card ending {card}} other {}}',
      p4: '{hasBalance, select, yes {Balance after this transaction: {balanceAfter}} other {}}',
      p5: "If you don't recognise this transaction, tell us straight away so that we can protect your account.",
      cta: "I don't recognise this",
      footer:
        "You're receiving this e-mail because you asked us to tell you about transactions of {minAmount} or more. You can change this alert at any time in the app.",
      sms: '{bank}: {kind, select, credit {{amount} received} atm {{amount} cash withdrawal} transfer {{amount} transfer} other {{amount} payment{hasMerchant, select, yes { at {shortMerchant}} other {}}}}{hasAccount, select, yes {, account ending {account}} other {}}.{hasBalance, select, yes { Balance: {balanceAfter}.} other {}} Not you? Report it in the app.',
      pushTitle:
        '{kind, select, credit {{amount} received} atm {{amount} cash withdrawal} transfer {{amount} transfer} other {{amount} payment}}',
      pushBody:
        "{hasAccount, select, yes {Account ending {account}{hasMerchant, select, yes {, {merchant}} other {}}. } other {{hasMerchant, select, yes {{merchant}. } other {}}}}If it wasn't you, open the app to report it.",
      wa2: '{kind, select, credit {{amount} received} atm {{amount} cash withdrawal} transfer {{amount} transfer} other {{amount} payment{hasMerchant, select, yes { at {merchant}} other {}}}}',
      wa3: '{when}',
      wa1: '{hasAccount, select, yes {your account ending {account}} other {your account}}',
    },
    id: {
      subject:
        'Notifikasi transaksi: {kind, select, credit {dana masuk {amount}} atm {tarik tunai {amount}} transfer {transfer {amount}} other {pembayaran {amount}}}',
      preheader:
        '{when}{hasAccount, select, yes {, rekening berakhiran {account}} other {}}. Jika ini bukan Anda, segera beri tahu kami.',
      heading:
        '{kind, select, credit {Anda menerima {amount}} atm {Anda menarik tunai {amount}} transfer {Anda mentransfer {amount}} other {Anda membayar {amount}}}',
      p1: '{kind, select, credit {Dana sebesar {amount} masuk ke rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} pada {when}.} atm {Tarik tunai sebesar {amount} dilakukan dari rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} pada {when}.} transfer {Transfer sebesar {amount} dilakukan dari rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} pada {when}.} other {Pembayaran sebesar {amount} dilakukan dari rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} pada {when}.}}',
      p2: '{hasMerchant, select, yes {{kind, select, credit {Dari: {merchant}} other {Merchant: {merchant}}}} other {}}',
      p3: '{hasCard, select, yes {Kartu berakhiran {card}} other {}}',
      p4: '{hasBalance, select, yes {Saldo setelah transaksi: {balanceAfter}} other {}}',
      p5: 'Jika Anda tidak mengenali transaksi ini, segera beri tahu kami agar kami dapat melindungi rekening Anda.',
      cta: 'Saya tidak mengenali transaksi ini',
      footer:
        'Anda menerima email ini karena Anda meminta pemberitahuan untuk transaksi sebesar {minAmount} atau lebih. Anda dapat mengubah peringatan ini kapan saja di aplikasi.',
      sms: '{bank}: {kind, select, credit {dana masuk {amount}} atm {tarik tunai {amount}} transfer {transfer {amount}} other {pembayaran {amount}{hasMerchant, select, yes { di {shortMerchant}} other {}}}}{hasAccount, select, yes {, rek. berakhiran {account}} other {}}.{hasBalance, select, yes { Saldo: {balanceAfter}.} other {}} Bukan Anda? Laporkan di aplikasi.',
      pushTitle:
        '{kind, select, credit {Dana masuk {amount}} atm {Tarik tunai {amount}} transfer {Transfer {amount}} other {Pembayaran {amount}}}',
      pushBody:
        '{hasAccount, select, yes {Rekening berakhiran {account}{hasMerchant, select, yes {, {merchant}} other {}}. } other {{hasMerchant, select, yes {{merchant}. } other {}}}}Jika ini bukan Anda, buka aplikasi untuk melaporkannya.',
      wa2: '{kind, select, credit {dana masuk {amount}} atm {tarik tunai {amount}} transfer {transfer {amount}} other {pembayaran {amount}{hasMerchant, select, yes { di {merchant}} other {}}}}',
      wa1: '{hasAccount, select, yes {rekening berakhiran {account}} other {rekening Anda}}',
    },
    ar: {
      subject:
        'تنبيه عملية: {kind, select, credit {إيداع {amount}} atm {سحب نقدي {amount}} transfer {تحويل {amount}} other {دفع {amount}}}',
      preheader:
        '{when}{hasAccount, select, yes {، الحساب المنتهي بـ {account}} other {}}. إن لم تكن أنت، يرجى إبلاغنا فورًا.',
      heading:
        '{kind, select, credit {أُودع في حسابك {amount}} atm {سُحب من حسابك {amount} نقدًا} transfer {حُوّل من حسابك {amount}} other {دُفع من حسابك {amount}}}',
      p1: '{kind, select, credit {أُودع مبلغ {amount} في حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} بتاريخ {when}.} atm {سُحب مبلغ {amount} نقدًا من حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} بتاريخ {when}.} transfer {حُوّل مبلغ {amount} من حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} بتاريخ {when}.} other {دُفع مبلغ {amount} من حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} بتاريخ {when}.}}',
      p2: '{hasMerchant, select, yes {{kind, select, credit {من: {merchant}} other {التاجر: {merchant}}}} other {}}',
      p3: '{hasCard, select, yes {البطاقة المنتهية بـ {card}} other {}}',
      p4: '{hasBalance, select, yes {الرصيد بعد العملية: {balanceAfter}} other {}}',
      p5: 'إن لم تتعرّف على هذه العملية، يرجى إبلاغنا فورًا حتى نتمكن من حماية حسابك.',
      cta: 'لا أتعرّف على هذه العملية',
      footer:
        'تصلك هذه الرسالة لأنك طلبت إعلامك بالعمليات التي تبلغ {minAmount} أو أكثر. يمكنك تعديل هذا التنبيه في أي وقت من التطبيق.',
      sms: '{bank}: {kind, select, credit {إيداع {amount}} atm {سحب نقدي {amount}} transfer {تحويل {amount}} other {دفع {amount}{hasMerchant, select, yes { لدى {shortMerchant}} other {}}}} في حسابك{hasAccount, select, yes { {account}} other {}}.{hasBalance, select, yes { الرصيد {balanceAfter}،} other {}} ليست لك؟ أبلغ عنها من التطبيق.',
      pushTitle:
        '{kind, select, credit {إيداع {amount}} atm {سحب نقدي {amount}} transfer {تحويل {amount}} other {دفع {amount}}}',
      pushBody:
        '{hasAccount, select, yes {الحساب المنتهي بـ {account}{hasMerchant, select, yes {، {merchant}} other {}}. } other {{hasMerchant, select, yes {{merchant}. } other {}}}}إن لم تكن أنت، يرجى الإبلاغ من التطبيق.',
      wa2: '{kind, select, credit {إيداع {amount}} atm {سحب نقدي {amount}} transfer {تحويل {amount}} other {دفع {amount}{hasMerchant, select, yes { لدى {merchant}} other {}}}}',
      wa1: '{hasAccount, select, yes {حسابك المنتهي بـ {account}} other {حسابك}}',
    },
    ro: {
      subject:
        'Alertă tranzacție: {kind, select, credit {încasare de {amount}} atm {retragere de numerar de {amount}} transfer {transfer de {amount}} other {plată de {amount}}}',
      preheader:
        '{when}{hasAccount, select, yes {, contul care se termină în {account}} other {}}. Dacă nu ați fost dumneavoastră, anunțați-ne imediat.',
      heading:
        '{kind, select, credit {Ați primit {amount}} atm {Ați retras {amount} în numerar} transfer {Ați trimis un transfer de {amount}} other {Ați plătit {amount}}}',
      p1: '{kind, select, credit {Suma de {amount} a intrat în contul{hasAccount, select, yes { care se termină în {account}} other {}} pe {when}.} atm {Suma de {amount} a fost retrasă în numerar din contul{hasAccount, select, yes { care se termină în {account}} other {}} pe {when}.} transfer {Un transfer de {amount} a fost trimis din contul{hasAccount, select, yes { care se termină în {account}} other {}} pe {when}.} other {O plată de {amount} a fost efectuată din contul{hasAccount, select, yes { care se termină în {account}} other {}} pe {when}.}}',
      p2: '{hasMerchant, select, yes {{kind, select, credit {De la: {merchant}} other {Comerciant: {merchant}}}} other {}}',
      p3: '{hasCard, select, yes {Cardul care se termină în {card}} other {}}',
      p4: '{hasBalance, select, yes {Sold după tranzacție: {balanceAfter}} other {}}',
      p5: 'Dacă nu recunoașteți această tranzacție, anunțați-ne imediat ca să vă putem proteja contul.',
      cta: 'Nu recunosc tranzacția',
      footer:
        'Primiți acest e-mail pentru că ați cerut alerte pentru tranzacțiile de {minAmount} sau mai mult. Puteți modifica alerta oricând, din aplicație.',
      sms: '{bank}: {kind, select, credit {încasare {amount}} atm {retragere numerar {amount}} transfer {transfer {amount}} other {plată {amount}{hasMerchant, select, yes { la {shortMerchant}} other {}}}}{hasAccount, select, yes {, cont terminat în {account}} other {}}.{hasBalance, select, yes { Sold: {balanceAfter}.} other {}} Nu ați fost dvs.? Raportați din aplicație.',
      pushTitle:
        '{kind, select, credit {Ați primit {amount}} atm {Retragere numerar: {amount}} transfer {Transfer: {amount}} other {Plată: {amount}}}',
      pushBody:
        '{hasAccount, select, yes {Contul care se termină în {account}{hasMerchant, select, yes {, {merchant}} other {}}. } other {{hasMerchant, select, yes {{merchant}. } other {}}}}Dacă nu ați fost dumneavoastră, raportați din aplicație.',
      wa2: '{kind, select, credit {încasare de {amount}} atm {retragere de numerar de {amount}} transfer {transfer de {amount}} other {plată de {amount}{hasMerchant, select, yes { la {merchant}} other {}}}}',
      wa1: '{hasAccount, select, yes {contul care se termină în {account}} other {contul dumneavoastră}}',
    },
    vi: {
      subject:
        'Thông báo giao dịch: {kind, select, credit {nhận {amount}} atm {rút tiền mặt {amount}} transfer {chuyển khoản {amount}} other {thanh toán {amount}}}',
      preheader:
        '{when}{hasAccount, select, yes {, tài khoản có số đuôi {account}} other {}}. Nếu không phải Quý khách thực hiện, hãy báo ngay cho chúng tôi.',
      heading:
        '{kind, select, credit {Quý khách vừa nhận {amount}} atm {Quý khách vừa rút {amount} tiền mặt} transfer {Quý khách vừa chuyển khoản {amount}} other {Quý khách vừa thanh toán {amount}}}',
      p1: '{kind, select, credit {Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} của Quý khách đã nhận {amount} vào {when}.} atm {Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} của Quý khách đã được rút {amount} tiền mặt vào {when}.} transfer {Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} của Quý khách đã chuyển khoản {amount} vào {when}.} other {Tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} của Quý khách đã thanh toán {amount} vào {when}.}}',
      p2: '{hasMerchant, select, yes {{kind, select, credit {Từ: {merchant}} other {Nơi giao dịch: {merchant}}}} other {}}',
      p3: '{hasCard, select, yes {Thẻ có số đuôi {card}} other {}}',
      p4: '{hasBalance, select, yes {Số dư sau giao dịch: {balanceAfter}} other {}}',
      p5: 'Nếu Quý khách không thực hiện giao dịch này, vui lòng báo ngay cho chúng tôi để được bảo vệ tài khoản.',
      cta: 'Tôi không thực hiện giao dịch này',
      footer:
        'Quý khách nhận được email này vì đã đăng ký nhận thông báo cho các giao dịch từ {minAmount} trở lên. Quý khách có thể thay đổi cảnh báo này bất cứ lúc nào trong ứng dụng.',
      sms: '{bank}: {kind, select, credit {nhận {amount}} atm {rút tiền mặt {amount}} transfer {chuyển khoản {amount}} other {thanh toán {amount}{hasMerchant, select, yes { tại {shortMerchant}} other {}}}}{hasAccount, select, yes {, TK đuôi {account}} other {}}.{hasBalance, select, yes { Số dư: {balanceAfter}.} other {}} Không phải Quý khách? Hãy báo qua ứng dụng.',
      pushTitle:
        '{kind, select, credit {Nhận {amount}} atm {Rút tiền mặt {amount}} transfer {Chuyển khoản {amount}} other {Thanh toán {amount}}}',
      pushBody:
        '{hasAccount, select, yes {Tài khoản có số đuôi {account}{hasMerchant, select, yes {, {merchant}} other {}}. } other {{hasMerchant, select, yes {{merchant}. } other {}}}}Nếu không phải Quý khách, hãy mở ứng dụng để báo cáo.',
      wa2: '{kind, select, credit {nhận {amount}} atm {rút tiền mặt {amount}} transfer {chuyển khoản {amount}} other {thanh toán {amount}{hasMerchant, select, yes { tại {merchant}} other {}}}}',
      wa1: '{hasAccount, select, yes {tài khoản có số đuôi {account}} other {tài khoản của Quý khách}}',
    },
    de: {
      subject:
        'Umsatz-Alarm: {kind, select, credit {Gutschrift über {amount}} atm {Bargeldabhebung über {amount}} transfer {Überweisung über {amount}} other {Zahlung über {amount}}}',
      preheader:
        '{when}{hasAccount, select, yes {, Konto mit den Endziffern {account}} other {}}. Falls Sie das nicht waren, melden Sie sich sofort.',
      heading:
        '{kind, select, credit {Sie haben {amount} erhalten} atm {Sie haben {amount} Bargeld abgehoben} transfer {Sie haben {amount} überwiesen} other {Sie haben {amount} bezahlt}}',
      p1: '{kind, select, credit {Am {when} wurden Ihrem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} {amount} gutgeschrieben.} atm {Am {when} wurden {amount} in bar von Ihrem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} abgehoben.} transfer {Am {when} wurden {amount} von Ihrem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} überwiesen.} other {Am {when} wurde eine Zahlung über {amount} von Ihrem Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} ausgeführt.}}',
      p2: '{hasMerchant, select, yes {{kind, select, credit {Von: {merchant}} other {Händler: {merchant}}}} other {}}',
      p3: '{hasCard, select, yes {Karte mit den Endziffern {card}} other {}}',
      p4: '{hasBalance, select, yes {Kontostand nach der Buchung: {balanceAfter}} other {}}',
      p5: 'Wenn Sie diesen Umsatz nicht kennen, melden Sie sich bitte sofort bei uns, damit wir Ihr Konto schützen können.',
      cta: 'Diesen Umsatz kenne ich nicht',
      footer:
        'Sie erhalten diese E-Mail, weil Sie über Umsätze ab {minAmount} informiert werden möchten. Diesen Alarm können Sie jederzeit in der App ändern.',
      sms: '{bank}: {kind, select, credit {Gutschrift {amount}} atm {Bargeldabhebung {amount}} transfer {Überweisung {amount}} other {Zahlung {amount}{hasMerchant, select, yes { bei {shortMerchant}} other {}}}}{hasAccount, select, yes {, Konto mit Endziffern {account}} other {}}.{hasBalance, select, yes { Kontostand: {balanceAfter}.} other {}} Nicht Sie? Melden Sie es in der App.',
      pushTitle:
        '{kind, select, credit {Gutschrift: {amount}} atm {Bargeldabhebung: {amount}} transfer {Überweisung: {amount}} other {Zahlung: {amount}}}',
      pushBody:
        '{hasAccount, select, yes {Konto mit den Endziffern {account}{hasMerchant, select, yes {, {merchant}} other {}}. } other {{hasMerchant, select, yes {{merchant}. } other {}}}}Falls Sie das nicht waren, melden Sie es in der App.',
      wa2: '{kind, select, credit {Gutschrift über {amount}} atm {Bargeldabhebung über {amount}} transfer {Überweisung über {amount}} other {Zahlung über {amount}{hasMerchant, select, yes { bei {merchant}} other {}}}}',
      wa1: '{hasAccount, select, yes {Ihr Konto mit den Endziffern {account}} other {Ihr Konto}}',
    },
  },
});

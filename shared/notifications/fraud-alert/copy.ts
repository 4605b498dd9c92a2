// fraud.alert (security): the bank suspects fraud on a card; the customer answers YES (it was me) or NO.
// Arguments (render.ts): {card} last four digits; {count} number of
// transactions (a number: use it in plurals); {amount}, {merchant}, {shortMerchant} (for SMS), {when} of
// the latest transaction; {deadline} when the card is put on hold without an answer. The `item` line is
// rendered once per transaction with {itemAmount}, {itemMerchant}, {itemWhen}.
//
// The SMS must fit in one SMS wherever the alphabet allows (GSM-7): keep it short. Replies are YES / NO in
// every language (the keywords Herald's inbound SMS handling recognises).
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['yes', 'no'],
  pushActions: ['yes', 'no'],
  whatsapp: {
    template: 'herald_fraud_alert',
    category: 'UTILITY',
    example: ['4242', '£1,250.00 at ELECTROWORLD, 3 Mar 2026, 10:12'],
    quickReplies: ['yes', 'no'],
    body: {
      en: 'Security alert for your card ending {{1}}: {{2}}. Was this you? Please tap Yes or No below. We will never ask for your PIN or password.',
      id: 'Peringatan keamanan untuk kartu Anda yang berakhiran {{1}}: {{2}}. Apakah ini transaksi Anda? Silakan ketuk Ya atau Bukan di bawah. Kami tidak akan pernah meminta PIN atau kata sandi Anda.',
      ar: 'تنبيه أمني لبطاقتك المنتهية بـ {{1}}: {{2}}. هل أنت من أجرى ذلك؟ يرجى اختيار نعم أو لا أدناه. لن نطلب منك أبدًا رقمك السري أو كلمة المرور.',
      ro: 'Alertă de securitate pentru cardul care se termină în {{1}}: {{2}}. Ați fost dumneavoastră? Alegeți Da sau Nu mai jos. Nu vă vom cere niciodată codul PIN sau parola.',
      vi: 'Cảnh báo bảo mật cho thẻ có số đuôi {{1}}: {{2}}. Đây có phải giao dịch của Quý khách không? Vui lòng chọn Có hoặc Không bên dưới. Chúng tôi không bao giờ yêu cầu mã PIN hay mật khẩu.',
      de: 'Sicherheitswarnung zu Ihrer Karte mit den Endziffern {{1}}: {{2}}. Waren Sie das? Bitte tippen Sie unten auf Ja oder Nein. Wir fragen Sie niemals nach Ihrer PIN oder Ihrem Passwort.',
    },
  },
  messages: {
    en: {
      subject:
        '{count, plural, one {Did you make this payment?} other {Did you make these payments?}} Card ending {card}',
      preheader:
        '{count, plural, one {{amount} at {merchant}.} other {# payments, the latest {amount} at {merchant}.}} Please tell us whether it was you.',
      heading: '{count, plural, one {Did you make this payment?} other {Did you make these payments?}}',
      p1: '{count, plural, one {We noticed a payment on your card ending {card} that looks unusual:} other {We noticed # payments on your card ending {card} that look unusual:}}',
      item: '{itemAmount} at {itemMerchant}, {itemWhen}',
      p2: "Please let us know whether {count, plural, one {it was} other {they were}} you. If we don't hear from you by {deadline}, we'll put a temporary block on your card to keep your money safe.",
      p3: 'We will never ask you for your PIN, your password or a one-time code.',
      yes: 'Yes, it was me',
      no: "No, it wasn't me",
      footer:
        "You're receiving this e-mail because it concerns the security of your account with {bank}. We send security messages regardless of your marketing preferences.",
      sms: '{bank}: {count, plural, one {did you pay {amount} at {shortMerchant} with card ending {card}?} other {did you make # payments with card ending {card}, latest {amount} at {shortMerchant}?}} Reply YES if it was you, NO if not.',
      pushTitle: '{count, plural, one {Did you make this payment?} other {Did you make these payments?}}',
      pushBody:
        '{count, plural, one {{amount} at {merchant}} other {# payments, the latest {amount} at {merchant}}}, card ending {card}. Tap Yes if it was you, No if not.',
      wa1: '{card}',
      wa2: '{count, plural, one {{amount} at {merchant}, {when}} other {# payments, the latest {amount} at {merchant}, {when}}}',
    },
    id: {
      subject:
        '{count, plural, =1 {Apakah Anda melakukan transaksi ini?} other {Apakah Anda melakukan # transaksi ini?}} Kartu berakhiran {card}',
      preheader:
        '{count, plural, =1 {{amount} di {merchant}.} other {# transaksi, terakhir {amount} di {merchant}.}} Mohon konfirmasi apakah itu Anda.',
      heading:
        '{count, plural, =1 {Apakah Anda melakukan transaksi ini?} other {Apakah Anda melakukan # transaksi ini?}}',
      p1: '{count, plural, =1 {Kami mendeteksi transaksi yang tidak biasa pada kartu Anda yang berakhiran {card}:} other {Kami mendeteksi # transaksi yang tidak biasa pada kartu Anda yang berakhiran {card}:}}',
      item: '{itemAmount} di {itemMerchant}, {itemWhen}',
      p2: 'Mohon beri tahu kami apakah transaksi tersebut Anda lakukan. Jika kami belum menerima jawaban Anda hingga {deadline}, kartu Anda akan kami blokir sementara demi keamanan dana Anda.',
      p3: 'Kami tidak akan pernah meminta PIN, kata sandi, atau kode OTP Anda.',
      yes: 'Ya, itu saya',
      no: 'Bukan, bukan saya',
      footer:
        'Anda menerima email ini karena berkaitan dengan keamanan rekening Anda di {bank}. Pesan keamanan tetap kami kirimkan, apa pun preferensi promosi Anda.',
      sms: '{bank}: {count, plural, =1 {apakah Anda membayar {amount} di {shortMerchant} dengan kartu berakhiran {card}? Balas YES jika benar, NO jika bukan.} other {# transaksi dengan kartu berakhiran {card}, terakhir {amount} di {shortMerchant}. Apakah itu Anda? Balas YES atau NO.}}',
      pushTitle: 'Apakah ini transaksi Anda?',
      pushBody:
        '{count, plural, =1 {{amount} di {merchant}} other {# transaksi, terakhir {amount} di {merchant}}}, kartu berakhiran {card}. Ketuk Ya jika benar, Bukan jika tidak.',
      wa2: '{count, plural, =1 {{amount} di {merchant}, {when}} other {# transaksi, terakhir {amount} di {merchant}, {when}}}',
    },
    ar: {
      subject:
        '{count, plural, one {هل أجريت عملية الدفع هذه؟} two {هل أجريت عمليتي الدفع هاتين؟} other {هل أجريت عمليات الدفع هذه؟}} البطاقة المنتهية بـ {card}',
      preheader:
        '{count, plural, one {{amount} لدى {merchant}.} two {عمليتا دفع، آخرهما {amount} لدى {merchant}.} few {# عمليات دفع، آخرها {amount} لدى {merchant}.} other {# عملية دفع، آخرها {amount} لدى {merchant}.}} يرجى إعلامنا إن كنت أنت من أجراها.',
      heading:
        '{count, plural, one {هل أجريت عملية الدفع هذه؟} two {هل أجريت عمليتي الدفع هاتين؟} other {هل أجريت عمليات الدفع هذه؟}}',
      p1: '{count, plural, one {لاحظنا عملية دفع غير معتادة على بطاقتك المنتهية بـ {card}:} two {لاحظنا عمليتي دفع غير معتادتين على بطاقتك المنتهية بـ {card}:} few {لاحظنا # عمليات دفع غير معتادة على بطاقتك المنتهية بـ {card}:} other {لاحظنا # عملية دفع غير معتادة على بطاقتك المنتهية بـ {card}:}}',
      item: '{itemAmount} لدى {itemMerchant}، {itemWhen}',
      p2: 'يرجى إعلامنا إن كنت أنت من أجرى {count, plural, one {هذه العملية} two {هاتين العمليتين} other {هذه العمليات}}. إذا لم نتلقَّ ردك قبل {deadline}، فسنوقف بطاقتك مؤقتًا حفاظًا على أموالك.',
      p3: 'لن نطلب منك أبدًا رقمك السري أو كلمة المرور أو رمز التحقق لمرة واحدة.',
      yes: 'نعم، أنا من أجراها',
      no: 'لا، لست أنا',
      footer:
        'تصلك هذه الرسالة لأنها تتعلق بأمان حسابك لدى {bank}. نرسل رسائل الأمان دائمًا بغض النظر عن تفضيلاتك التسويقية.',
      sms: '{bank}: {count, plural, one {هل دفعت {amount} لدى {shortMerchant} ببطاقتك {card}؟ أرسل YES إن كانت منك أو NO إن لم تكن.} two {هل أجريت عمليتين ببطاقتك {card}، آخرهما {amount} لدى {shortMerchant}؟ أرسل YES أو NO.} few {هل أجريت # عمليات ببطاقتك {card}، آخرها {amount} لدى {shortMerchant}؟ أرسل YES أو NO.} other {هل أجريت # عملية ببطاقتك {card}، آخرها {amount} لدى {shortMerchant}؟ أرسل YES أو NO.}}',
      pushTitle:
        '{count, plural, one {هل أجريت عملية الدفع هذه؟} two {هل أجريت عمليتي الدفع هاتين؟} other {هل أجريت عمليات الدفع هذه؟}}',
      pushBody:
        '{count, plural, one {{amount} لدى {merchant}} two {عمليتا دفع، آخرهما {amount} لدى {merchant}} few {# عمليات دفع، آخرها {amount} لدى {merchant}} other {# عملية دفع، آخرها {amount} لدى {merchant}}}، البطاقة المنتهية بـ {card}. اختر نعم أو لا.',
      wa2: '{count, plural, one {{amount} لدى {merchant}، {when}} two {عمليتا دفع، آخرهما {amount} لدى {merchant}، {when}} few {# عمليات دفع، آخرها {amount} لدى {merchant}، {when}} other {# عملية دفع، آخرها {amount} لدى {merchant}، {when}}}',
    },
    ro: {
      subject:
        '{count, plural, one {Ați efectuat această plată?} other {Ați efectuat aceste plăți?}} Cardul care se termină în {card}',
      preheader:
        '{count, plural, one {{amount} la {merchant}.} few {# plăți, ultima de {amount} la {merchant}.} other {# de plăți, ultima de {amount} la {merchant}.}} Spuneți-ne dacă ați fost dumneavoastră.',
      heading: '{count, plural, one {Ați efectuat această plată?} other {Ați efectuat aceste plăți?}}',
      p1: '{count, plural, one {Am observat o plată neobișnuită cu cardul dumneavoastră care se termină în {card}:} few {Am observat # plăți neobișnuite cu cardul dumneavoastră care se termină în {card}:} other {Am observat # de plăți neobișnuite cu cardul dumneavoastră care se termină în {card}:}}',
      item: '{itemAmount} la {itemMerchant}, {itemWhen}',
      p2: 'Vă rugăm să ne spuneți dacă {count, plural, one {ați efectuat-o} other {le-ați efectuat}} dumneavoastră. Dacă nu primim răspunsul până la {deadline}, vă vom bloca temporar cardul, pentru siguranța banilor dumneavoastră.',
      p3: 'Nu vă vom cere niciodată codul PIN, parola sau un cod unic de autentificare.',
      yes: 'Da, eu am plătit',
      no: 'Nu, nu am fost eu',
      footer:
        'Primiți acest e-mail pentru că privește securitatea contului dumneavoastră la {bank}. Mesajele de securitate vă sunt trimise indiferent de preferințele de marketing.',
      sms: '{bank}: {count, plural, one {ați plătit {amount} la {shortMerchant} cu cardul terminat în {card}? Răspundeți YES dacă ați fost dvs., NO dacă nu.} few {ați făcut # plăți cu cardul terminat în {card}, ultima de {amount} la {shortMerchant}? Răspundeți YES sau NO.} other {ați făcut # de plăți cu cardul terminat în {card}, ultima de {amount} la {shortMerchant}? Răspundeți YES sau NO.}}',
      pushTitle: '{count, plural, one {Ați efectuat această plată?} other {Ați efectuat aceste plăți?}}',
      pushBody:
        '{count, plural, one {{amount} la {merchant}} few {# plăți, ultima de {amount} la {merchant}} other {# de plăți, ultima de {amount} la {merchant}}}, cardul care se termină în {card}. Alegeți Da sau Nu.',
      wa2: '{count, plural, one {{amount} la {merchant}, {when}} few {# plăți, ultima de {amount} la {merchant}, {when}} other {# de plăți, ultima de {amount} la {merchant}, {when}}}',
    },
    vi: {
      subject:
        '{count, plural, =1 {Quý khách có thực hiện giao dịch này không?} other {Quý khách có thực hiện các giao dịch này không?}} Thẻ có số đuôi {card}',
      preheader:
        '{count, plural, =1 {{amount} tại {merchant}.} other {# giao dịch, gần nhất {amount} tại {merchant}.}} Vui lòng xác nhận có phải Quý khách thực hiện không.',
      heading:
        '{count, plural, =1 {Quý khách có thực hiện giao dịch này không?} other {Quý khách có thực hiện các giao dịch này không?}}',
      p1: '{count, plural, =1 {Chúng tôi phát hiện một giao dịch bất thường trên thẻ có số đuôi {card} của Quý khách:} other {Chúng tôi phát hiện # giao dịch bất thường trên thẻ có số đuôi {card} của Quý khách:}}',
      item: '{itemAmount} tại {itemMerchant}, {itemWhen}',
      p2: 'Vui lòng cho chúng tôi biết Quý khách có thực hiện {count, plural, =1 {giao dịch này} other {các giao dịch này}} hay không. Nếu chưa nhận được phản hồi trước {deadline}, chúng tôi sẽ tạm khóa thẻ để bảo vệ tiền của Quý khách.',
      p3: 'Chúng tôi không bao giờ yêu cầu Quý khách cung cấp mã PIN, mật khẩu hay mã OTP.',
      yes: 'Có, là tôi',
      no: 'Không phải tôi',
      footer:
        'Quý khách nhận được email này vì nội dung liên quan đến an toàn tài khoản của Quý khách tại {bank}. Thông báo bảo mật luôn được gửi, bất kể lựa chọn nhận tin tiếp thị của Quý khách.',
      sms: '{bank}: Quý khách có {count, plural, =1 {thanh toán {amount} tại {shortMerchant} bằng thẻ đuôi {card}? Trả lời YES nếu đúng, NO nếu không phải.} other {thực hiện # giao dịch bằng thẻ đuôi {card}, gần nhất {amount} tại {shortMerchant}? Trả lời YES hoặc NO.}}',
      pushTitle:
        '{count, plural, =1 {Quý khách có thực hiện giao dịch này?} other {Quý khách có thực hiện các giao dịch này?}}',
      pushBody:
        '{count, plural, =1 {{amount} tại {merchant}} other {# giao dịch, gần nhất {amount} tại {merchant}}}, thẻ có số đuôi {card}. Chọn Có hoặc Không.',
      wa2: '{count, plural, =1 {{amount} tại {merchant}, {when}} other {# giao dịch, gần nhất {amount} tại {merchant}, {when}}}',
    },
    de: {
      subject:
        '{count, plural, one {Haben Sie diese Zahlung getätigt?} other {Haben Sie diese Zahlungen getätigt?}} Karte mit den Endziffern {card}',
      preheader:
        '{count, plural, one {{amount} bei {merchant}.} other {# Zahlungen, zuletzt {amount} bei {merchant}.}} Bitte sagen Sie uns, ob Sie das waren.',
      heading:
        '{count, plural, one {Haben Sie diese Zahlung getätigt?} other {Haben Sie diese Zahlungen getätigt?}}',
      p1: '{count, plural, one {Uns ist eine ungewöhnliche Zahlung mit Ihrer Karte mit den Endziffern {card} aufgefallen:} other {Uns sind # ungewöhnliche Zahlungen mit Ihrer Karte mit den Endziffern {card} aufgefallen:}}',
      item: '{itemAmount} bei {itemMerchant}, {itemWhen}',
      p2: 'Bitte teilen Sie uns mit, ob Sie {count, plural, one {diese Zahlung} other {diese Zahlungen}} selbst getätigt haben. Wenn wir bis {deadline} nichts von Ihnen hören, sperren wir Ihre Karte vorübergehend, um Ihr Geld zu schützen.',
      p3: 'Wir fragen Sie niemals nach Ihrer PIN, Ihrem Passwort oder einem Einmalcode.',
      yes: 'Ja, das war ich',
      no: 'Nein, das war ich nicht',
      footer:
        'Sie erhalten diese E-Mail, weil sie die Sicherheit Ihres Kontos bei {bank} betrifft. Sicherheitsnachrichten senden wir unabhängig von Ihren Werbeeinstellungen.',
      sms: '{bank}: {count, plural, one {Haben Sie {amount} bei {shortMerchant} mit Ihrer Karte {card} bezahlt? Antworten Sie YES, wenn ja, sonst NO.} other {Haben Sie # Zahlungen mit Ihrer Karte {card} getätigt, zuletzt {amount} bei {shortMerchant}? Antworten Sie YES oder NO.}}',
      pushTitle:
        '{count, plural, one {Haben Sie diese Zahlung getätigt?} other {Haben Sie diese Zahlungen getätigt?}}',
      pushBody:
        '{count, plural, one {{amount} bei {merchant}} other {# Zahlungen, zuletzt {amount} bei {merchant}}}, Karte mit den Endziffern {card}. Tippen Sie auf Ja oder Nein.',
      wa2: '{count, plural, one {{amount} bei {merchant}, {when}} other {# Zahlungen, zuletzt {amount} bei {merchant}, {when}}}',
    },
  },
});

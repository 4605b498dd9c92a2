// fraud.escalation (security): the fraud alert's deadline passed without an answer; asked once more, on
// another channel, before the bank's default applies (shared/domain/journeys/fraud-reply.ts).
// Arguments (render.ts): {card} last four digits; {deadline} the last
// moment an answer counts, in the customer's time zone.
//
// Replies are YES / NO in every language (the keywords Herald's inbound SMS handling recognises); the
// push and the e-mail send the customer to the app, where Customer.Replied comes from.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: [],
  messages: {
    en: {
      subject: 'Urgent: please check the payments on your card ending {card}',
      preheader: 'We have not heard from you. Please answer by {deadline}.',
      heading: 'We still need your answer',
      p1: 'We asked you about unusual payments on your card ending {card} and have not heard back.',
      p2: 'Please open the app and tell us whether they were you, by {deadline}. Or reply YES or NO to our SMS.',
      p3: 'We will never ask you for your PIN, your password or a one-time code.',
      footer:
        "You're receiving this e-mail because it concerns the security of your account with {bank}. We send security messages regardless of your marketing preferences.",
      sms: '{bank}: we still need your answer about payments with card ending {card}. Reply YES if it was you, NO if not, by {deadline}.',
      pushTitle: 'We still need your answer',
      pushBody: 'Were the payments with your card ending {card} you? Open the app to answer by {deadline}.',
    },
    id: {
      subject: 'Penting: mohon periksa transaksi kartu Anda yang berakhiran {card}',
      preheader: 'Kami belum menerima jawaban Anda. Mohon jawab sebelum {deadline}.',
      heading: 'Kami masih menunggu jawaban Anda',
      p1: 'Kami telah menanyakan transaksi tidak biasa pada kartu Anda yang berakhiran {card} dan belum menerima jawaban.',
      p2: 'Silakan buka aplikasi dan beri tahu kami apakah itu transaksi Anda, sebelum {deadline}. Atau balas YA atau TIDAK ke SMS kami.',
      p3: 'Kami tidak akan pernah meminta PIN, kata sandi, atau kode sekali pakai Anda.',
      footer:
        'Anda menerima email ini karena menyangkut keamanan rekening Anda di {bank}. Kami mengirim pesan keamanan apa pun preferensi pemasaran Anda.',
      sms: '{bank}: kami masih menunggu jawaban Anda tentang transaksi kartu berakhiran {card}. Balas YA jika itu Anda, TIDAK jika bukan, sebelum {deadline}.',
      pushTitle: 'Kami masih menunggu jawaban Anda',
      pushBody:
        'Apakah transaksi kartu berakhiran {card} itu Anda? Buka aplikasi untuk menjawab sebelum {deadline}.',
    },
    ar: {
      subject: 'عاجل: يرجى التحقق من عمليات الدفع على بطاقتك المنتهية بـ {card}',
      preheader: 'لم نتلقَّ ردك بعد. يرجى الرد قبل {deadline}.',
      heading: 'ما زلنا بحاجة إلى ردك',
      p1: 'سألناك عن عمليات دفع غير معتادة على بطاقتك المنتهية بـ {card} ولم نتلقَّ ردك.',
      p2: 'يرجى فتح التطبيق وإخبارنا إن كنت أنت من أجراها، قبل {deadline}. أو أرسل نعم أو لا ردًا على رسالتنا النصية.',
      p3: 'لن نطلب منك أبدًا رقمك السري أو كلمة المرور أو رمزًا لمرة واحدة.',
      footer:
        'تصلك هذه الرسالة لأنها تتعلق بأمان حسابك لدى {bank}. نرسل رسائل الأمان بصرف النظر عن تفضيلاتك التسويقية.',
      sms: '{bank}: ما زلنا ننتظر ردك بشأن عمليات دفع ببطاقتك المنتهية بـ {card}. أرسل نعم إن كنت أنت، أو لا، قبل {deadline}.',
      pushTitle: 'ما زلنا بحاجة إلى ردك',
      pushBody: 'هل أنت من أجرى عمليات الدفع بالبطاقة المنتهية بـ {card}؟ افتح التطبيق للرد قبل {deadline}.',
    },
    ro: {
      subject: 'Urgent: verificați plățile cu cardul care se termină în {card}',
      preheader: 'Nu am primit încă răspunsul dumneavoastră. Vă rugăm să răspundeți până la {deadline}.',
      heading: 'Avem în continuare nevoie de răspunsul dumneavoastră',
      p1: 'V-am întrebat despre plăți neobișnuite cu cardul care se termină în {card} și nu am primit răspuns.',
      p2: 'Deschideți aplicația și spuneți-ne dacă le-ați făcut dumneavoastră, până la {deadline}. Sau răspundeți DA sau NU la SMS-ul nostru.',
      p3: 'Nu vă vom cere niciodată codul PIN, parola sau un cod unic.',
      footer:
        'Primiți acest e-mail pentru că privește securitatea contului dumneavoastră la {bank}. Trimitem mesaje de securitate indiferent de preferințele de marketing.',
      sms: '{bank}: avem nevoie de răspunsul dvs. despre plățile cu cardul terminat în {card}. Răspundeți DA dacă ați fost dvs., NU dacă nu, până la {deadline}.',
      pushTitle: 'Avem nevoie de răspunsul dumneavoastră',
      pushBody:
        'Plățile cu cardul care se termină în {card} au fost ale dumneavoastră? Răspundeți în aplicație până la {deadline}.',
    },
    vi: {
      subject: 'Khẩn: vui lòng kiểm tra các giao dịch của thẻ có số đuôi {card}',
      preheader: 'Chúng tôi chưa nhận được trả lời. Vui lòng trả lời trước {deadline}.',
      heading: 'Chúng tôi vẫn cần Quý khách trả lời',
      p1: 'Chúng tôi đã hỏi Quý khách về các giao dịch bất thường của thẻ có số đuôi {card} nhưng chưa nhận được trả lời.',
      p2: 'Vui lòng mở ứng dụng và cho chúng tôi biết đó có phải giao dịch của Quý khách không, trước {deadline}. Hoặc trả lời CÓ hay KHÔNG cho tin nhắn SMS của chúng tôi.',
      p3: 'Chúng tôi không bao giờ yêu cầu mã PIN, mật khẩu hay mã dùng một lần.',
      footer:
        'Quý khách nhận được email này vì nó liên quan đến bảo mật tài khoản của Quý khách tại {bank}. Chúng tôi gửi tin bảo mật bất kể tùy chọn tiếp thị của Quý khách.',
      sms: '{bank}: chúng tôi vẫn cần Quý khách trả lời về giao dịch của thẻ đuôi {card}. Trả lời CÓ nếu là Quý khách, KHÔNG nếu không, trước {deadline}.',
      pushTitle: 'Chúng tôi vẫn cần Quý khách trả lời',
      pushBody:
        'Giao dịch của thẻ đuôi {card} có phải của Quý khách không? Mở ứng dụng để trả lời trước {deadline}.',
    },
    de: {
      subject: 'Dringend: Bitte prüfen Sie die Zahlungen mit Ihrer Karte mit den Endziffern {card}',
      preheader: 'Wir haben noch keine Antwort von Ihnen. Bitte antworten Sie bis {deadline}.',
      heading: 'Wir brauchen noch Ihre Antwort',
      p1: 'Wir haben Sie nach ungewöhnlichen Zahlungen mit Ihrer Karte mit den Endziffern {card} gefragt und keine Antwort erhalten.',
      p2: 'Bitte öffnen Sie die App und sagen Sie uns bis {deadline}, ob Sie das waren. Oder antworten Sie JA oder NEIN auf unsere SMS.',
      p3: 'Wir fragen Sie niemals nach Ihrer PIN, Ihrem Passwort oder einem Einmalcode.',
      footer:
        'Sie erhalten diese E-Mail, weil sie die Sicherheit Ihres Kontos bei {bank} betrifft. Sicherheitsnachrichten senden wir unabhängig von Ihren Marketing-Einstellungen.',
      sms: '{bank}: Zahlungen mit Karte Endziffern {card}: Waren Sie das? Antworten Sie bis {deadline} JA oder NEIN.',
      pushTitle: 'Wir brauchen noch Ihre Antwort',
      pushBody:
        'Waren die Zahlungen mit der Karte mit den Endziffern {card} von Ihnen? Antworten Sie bis {deadline} in der App.',
    },
  },
});

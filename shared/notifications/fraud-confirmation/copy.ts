// fraud.confirmation (security): the card of a fraud case is being put on hold, because the customer said
// the payments were not theirs ({noAnswer} `no`) or did not answer by the deadline ({noAnswer} `yes`, with
// the bank's default `hold`). Arguments (render.ts): {card} last four
// digits; {noAnswer} `yes` / `no`.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: [],
  messages: {
    en: {
      subject: 'We are blocking your card ending {card}',
      preheader: 'Your money is safe. We will contact you about a replacement card.',
      heading: 'Your card is being blocked',
      p1: "{noAnswer, select, yes {We didn't hear from you about the unusual payments, so to keep your money safe we are putting a temporary block on your card ending {card}.} other {Thank you for telling us the payments weren't yours. We are putting a block on your card ending {card}.}}",
      p2: 'We will contact you about the payments and a replacement card. If you have questions, call the number on the back of your card.',
      p3: 'We will never ask you for your PIN, your password or a one-time code.',
      footer:
        "You're receiving this e-mail because it concerns the security of your account with {bank}. We send security messages regardless of your marketing preferences.",
      sms: "{bank}: {noAnswer, select, yes {we didn't hear from you, so} other {thank you,}} we are blocking your card ending {card} to keep your money safe. We will contact you about a replacement.",
      pushTitle: 'Your card is being blocked',
      pushBody:
        '{noAnswer, select, yes {No answer reached us, so to} other {To}} keep your money safe we are blocking your card ending {card}.',
    },
    id: {
      subject: 'Kami memblokir kartu Anda yang berakhiran {card}',
      preheader: 'Dana Anda aman. Kami akan menghubungi Anda tentang kartu pengganti.',
      heading: 'Kartu Anda sedang diblokir',
      p1: '{noAnswer, select, yes {Kami tidak menerima jawaban Anda tentang transaksi tidak biasa itu, jadi demi keamanan dana Anda kami memblokir sementara kartu Anda yang berakhiran {card}.} other {Terima kasih telah memberi tahu kami bahwa transaksi itu bukan milik Anda. Kami memblokir kartu Anda yang berakhiran {card}.}}',
      p2: 'Kami akan menghubungi Anda tentang transaksi tersebut dan kartu pengganti. Jika ada pertanyaan, hubungi nomor di balik kartu Anda.',
      p3: 'Kami tidak akan pernah meminta PIN, kata sandi, atau kode sekali pakai Anda.',
      footer:
        'Anda menerima email ini karena menyangkut keamanan rekening Anda di {bank}. Kami mengirim pesan keamanan apa pun preferensi pemasaran Anda.',
      sms: '{bank}: {noAnswer, select, yes {tanpa jawaban Anda,} other {terima kasih,}} kami memblokir kartu berakhiran {card} demi keamanan dana Anda. Kami akan menghubungi Anda soal kartu baru.',
      pushTitle: 'Kartu Anda sedang diblokir',
      pushBody:
        '{noAnswer, select, yes {Kami tidak menerima jawaban, jadi demi} other {Demi}} keamanan dana Anda kami memblokir kartu berakhiran {card}.',
    },
    ar: {
      subject: 'نقوم بإيقاف بطاقتك المنتهية بـ {card}',
      preheader: 'أموالك في أمان. سنتواصل معك بشأن بطاقة بديلة.',
      heading: 'يجري إيقاف بطاقتك',
      p1: '{noAnswer, select, yes {لم يصلنا ردك بشأن عمليات الدفع غير المعتادة، لذا نوقف بطاقتك المنتهية بـ {card} مؤقتًا حفاظًا على أموالك.} other {شكرًا لإخبارنا بأن عمليات الدفع لم تكن منك. نقوم بإيقاف بطاقتك المنتهية بـ {card}.}}',
      p2: 'سنتواصل معك بشأن عمليات الدفع والبطاقة البديلة. إن كانت لديك أسئلة، فاتصل بالرقم المدوّن على ظهر بطاقتك.',
      p3: 'لن نطلب منك أبدًا رقمك السري أو كلمة المرور أو رمزًا لمرة واحدة.',
      footer:
        'تصلك هذه الرسالة لأنها تتعلق بأمان حسابك لدى {bank}. نرسل رسائل الأمان بصرف النظر عن تفضيلاتك التسويقية.',
      sms: '{bank}: {noAnswer, select, yes {لم يصلنا ردك، لذا} other {شكرًا لك،}} نوقف بطاقتك المنتهية بـ {card} حفاظًا على أموالك. سنتواصل معك بشأن بطاقة بديلة.',
      pushTitle: 'يجري إيقاف بطاقتك',
      pushBody:
        '{noAnswer, select, yes {لم يصلنا ردك، لذا} other {حفاظًا على أموالك}} نوقف بطاقتك المنتهية بـ {card}.',
    },
    ro: {
      subject: 'Blocăm cardul care se termină în {card}',
      preheader: 'Banii dumneavoastră sunt în siguranță. Vă vom contacta pentru un card nou.',
      heading: 'Cardul dumneavoastră este blocat',
      p1: '{noAnswer, select, yes {Nu am primit răspunsul dumneavoastră despre plățile neobișnuite, așa că, pentru siguranța banilor, blocăm temporar cardul care se termină în {card}.} other {Vă mulțumim că ne-ați spus că plățile nu au fost ale dumneavoastră. Blocăm cardul care se termină în {card}.}}',
      p2: 'Vă vom contacta în legătură cu plățile și cu un card nou. Pentru întrebări, sunați la numărul de pe spatele cardului.',
      p3: 'Nu vă vom cere niciodată codul PIN, parola sau un cod unic.',
      footer:
        'Primiți acest e-mail pentru că privește securitatea contului dumneavoastră la {bank}. Trimitem mesaje de securitate indiferent de preferințele de marketing.',
      sms: '{bank}: {noAnswer, select, yes {nu am primit răspunsul dvs., așa că} other {vă mulțumim,}} blocăm cardul terminat în {card} pentru siguranța banilor. Vă contactăm pentru un card nou.',
      pushTitle: 'Cardul este blocat',
      pushBody:
        '{noAnswer, select, yes {Nu am primit răspuns, așa că} other {Pentru siguranța banilor}} blocăm cardul care se termină în {card}.',
    },
    vi: {
      subject: 'Chúng tôi đang khóa thẻ có số đuôi {card}',
      preheader: 'Tiền của Quý khách được an toàn. Chúng tôi sẽ liên hệ về thẻ thay thế.',
      heading: 'Thẻ của Quý khách đang được khóa',
      p1: '{noAnswer, select, yes {Chúng tôi chưa nhận được trả lời của Quý khách về các giao dịch bất thường, nên để bảo vệ tiền của Quý khách, chúng tôi tạm khóa thẻ có số đuôi {card}.} other {Cảm ơn Quý khách đã cho biết các giao dịch không phải của mình. Chúng tôi đang khóa thẻ có số đuôi {card}.}}',
      p2: 'Chúng tôi sẽ liên hệ với Quý khách về các giao dịch và thẻ thay thế. Nếu có thắc mắc, vui lòng gọi số ở mặt sau thẻ.',
      p3: 'Chúng tôi không bao giờ yêu cầu mã PIN, mật khẩu hay mã dùng một lần.',
      footer:
        'Quý khách nhận được email này vì nó liên quan đến bảo mật tài khoản của Quý khách tại {bank}. Chúng tôi gửi tin bảo mật bất kể tùy chọn tiếp thị của Quý khách.',
      sms: '{bank}: {noAnswer, select, yes {chưa nhận được trả lời, nên} other {cảm ơn Quý khách,}} chúng tôi đang khóa thẻ đuôi {card} để bảo vệ tiền của Quý khách. Chúng tôi sẽ liên hệ về thẻ thay thế.',
      pushTitle: 'Thẻ đang được khóa',
      pushBody:
        '{noAnswer, select, yes {Chưa nhận được trả lời, nên} other {Để bảo vệ tiền của Quý khách,}} chúng tôi đang khóa thẻ đuôi {card}.',
    },
    de: {
      subject: 'Wir sperren Ihre Karte mit den Endziffern {card}',
      preheader: 'Ihr Geld ist sicher. Wir melden uns wegen einer Ersatzkarte.',
      heading: 'Ihre Karte wird gesperrt',
      p1: '{noAnswer, select, yes {Wir haben zu den ungewöhnlichen Zahlungen keine Antwort von Ihnen erhalten. Zum Schutz Ihres Geldes sperren wir Ihre Karte mit den Endziffern {card} vorübergehend.} other {Danke, dass Sie uns gesagt haben, dass die Zahlungen nicht von Ihnen waren. Wir sperren Ihre Karte mit den Endziffern {card}.}}',
      p2: 'Wir melden uns bei Ihnen wegen der Zahlungen und einer Ersatzkarte. Bei Fragen rufen Sie die Nummer auf der Rückseite Ihrer Karte an.',
      p3: 'Wir fragen Sie niemals nach Ihrer PIN, Ihrem Passwort oder einem Einmalcode.',
      footer:
        'Sie erhalten diese E-Mail, weil sie die Sicherheit Ihres Kontos bei {bank} betrifft. Sicherheitsnachrichten senden wir unabhängig von Ihren Marketing-Einstellungen.',
      sms: '{bank}: {noAnswer, select, yes {Wir haben keine Antwort erhalten und} other {Danke. Wir}} sperren Ihre Karte mit Endziffern {card} zum Schutz Ihres Geldes. Wir melden uns wegen einer Ersatzkarte.',
      pushTitle: 'Ihre Karte wird gesperrt',
      pushBody:
        '{noAnswer, select, yes {Ohne Antwort sperren wir} other {Zum Schutz Ihres Geldes sperren wir}} Ihre Karte mit den Endziffern {card}.',
    },
  },
});

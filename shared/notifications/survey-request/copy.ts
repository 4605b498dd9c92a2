// survey.request (marketing): the customer reached a lifecycle milestone (Lifecycle.MilestoneReached); one
// request per milestone, a day after it by default. Sent only with marketing consent (see
// shared/domain/journeys/surveys.ts for why); e-mail first.
// Arguments (render.ts): {milestone} `onboarding_completed`,
// `first_90_days` or `account_closed`.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject:
        '{milestone, select, onboarding_completed {How was opening your account with {bank}?} first_90_days {Three months with {bank}: how are we doing?} account_closed {Would you tell us why you left {bank}?} other {How are we doing?}}',
      preheader: 'Two minutes, a few questions: your answers shape what we do next.',
      heading:
        '{milestone, select, onboarding_completed {How did your start go?} first_90_days {How are we doing?} account_closed {How could we have done better?} other {How are we doing?}}',
      p1: "{milestone, select, onboarding_completed {You have finished setting up your account. We'd like to know how that went, so that we can make it easier for everyone who comes after you.} first_90_days {You have been with us for three months now. We'd like to hear what works for you and what doesn't.} account_closed {Your account is now closed. We'd be grateful to know why you left and what we could have done better.} other {We'd like to hear what you think of our service.}}",
      p2: 'The survey takes about two minutes. We use your answers only to improve our service.',
      cta: 'Take the survey',
      footer:
        "You're receiving this e-mail because you agreed to hear about offers and research from {bank}.",
      pushTitle:
        '{milestone, select, onboarding_completed {How was your start with us?} first_90_days {How are we doing?} account_closed {Tell us why you left} other {How are we doing?}}',
      pushBody: 'Two minutes, a few questions: tell us what you think.',
    },
    id: {
      subject:
        '{milestone, select, onboarding_completed {Bagaimana pengalaman membuka rekening di {bank}?} first_90_days {Tiga bulan bersama {bank}: bagaimana layanan kami?} account_closed {Maukah Anda memberi tahu alasan Anda meninggalkan {bank}?} other {Bagaimana layanan kami?}}',
      preheader: 'Dua menit, beberapa pertanyaan: jawaban Anda menentukan langkah kami berikutnya.',
      heading:
        '{milestone, select, onboarding_completed {Bagaimana awal Anda bersama kami?} first_90_days {Bagaimana layanan kami?} account_closed {Apa yang bisa kami lakukan lebih baik?} other {Bagaimana layanan kami?}}',
      p1: '{milestone, select, onboarding_completed {Anda telah selesai menyiapkan rekening. Kami ingin tahu bagaimana prosesnya, agar kami dapat membuatnya lebih mudah bagi nasabah berikutnya.} first_90_days {Anda sudah tiga bulan bersama kami. Kami ingin mendengar apa yang sudah baik dan apa yang belum.} account_closed {Rekening Anda kini telah ditutup. Kami akan sangat berterima kasih jika Anda memberi tahu alasannya dan apa yang bisa kami lakukan lebih baik.} other {Kami ingin mendengar pendapat Anda tentang layanan kami.}}',
      p2: 'Survei ini memakan waktu sekitar dua menit. Jawaban Anda hanya digunakan untuk meningkatkan layanan kami.',
      cta: 'Isi survei',
      footer: 'Anda menerima email ini karena Anda bersedia menerima penawaran dan survei dari {bank}.',
      pushTitle:
        '{milestone, select, onboarding_completed {Bagaimana awal Anda bersama kami?} first_90_days {Bagaimana layanan kami?} account_closed {Mengapa Anda pergi?} other {Bagaimana layanan kami?}}',
      pushBody: 'Dua menit, beberapa pertanyaan: sampaikan pendapat Anda.',
    },
    ar: {
      subject:
        '{milestone, select, onboarding_completed {كيف كانت تجربة فتح حسابك لدى {bank}؟} first_90_days {ثلاثة أشهر مع {bank}: كيف نؤدي؟} account_closed {هل تخبرنا لماذا غادرت {bank}؟} other {كيف نؤدي؟}}',
      preheader: 'دقيقتان وبضعة أسئلة: إجاباتك تحدد خطوتنا التالية.',
      heading:
        '{milestone, select, onboarding_completed {كيف كانت بدايتك معنا؟} first_90_days {كيف نؤدي؟} account_closed {كيف كان بإمكاننا أن نفعل أفضل؟} other {كيف نؤدي؟}}',
      p1: '{milestone, select, onboarding_completed {أكملت إعداد حسابك. نود أن نعرف كيف سارت الأمور لنجعلها أسهل لكل من يأتي بعدك.} first_90_days {مضت ثلاثة أشهر على انضمامك إلينا. نود أن نسمع ما يناسبك وما لا يناسبك.} account_closed {أُغلق حسابك الآن. سنكون ممتنين لو أخبرتنا لماذا غادرت وما الذي كان بإمكاننا فعله بشكل أفضل.} other {نود أن نسمع رأيك في خدمتنا.}}',
      p2: 'يستغرق الاستبيان دقيقتين تقريبًا. نستخدم إجاباتك لتحسين خدمتنا فقط.',
      cta: 'المشاركة في الاستبيان',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي العروض والاستبيانات من {bank}.',
      pushTitle:
        '{milestone, select, onboarding_completed {كيف كانت بدايتك معنا؟} first_90_days {كيف نؤدي؟} account_closed {أخبرنا لماذا غادرت} other {كيف نؤدي؟}}',
      pushBody: 'دقيقتان وبضعة أسئلة: أخبرنا برأيك.',
    },
    ro: {
      subject:
        '{milestone, select, onboarding_completed {Cum a fost deschiderea contului la {bank}?} first_90_days {Trei luni cu {bank}: cum ne descurcăm?} account_closed {Ne spuneți de ce ați plecat de la {bank}?} other {Cum ne descurcăm?}}',
      preheader:
        'Două minute, câteva întrebări: răspunsurile dumneavoastră ne arată ce să facem mai departe.',
      heading:
        '{milestone, select, onboarding_completed {Cum a fost începutul?} first_90_days {Cum ne descurcăm?} account_closed {Ce am fi putut face mai bine?} other {Cum ne descurcăm?}}',
      p1: '{milestone, select, onboarding_completed {Ați terminat de configurat contul. Am vrea să știm cum a decurs, ca să facem procesul mai simplu pentru toți cei care vin după dumneavoastră.} first_90_days {Sunteți alături de noi de trei luni. Am vrea să aflăm ce vă este util și ce nu.} account_closed {Contul dumneavoastră este acum închis. V-am fi recunoscători dacă ne-ați spune de ce ați plecat și ce am fi putut face mai bine.} other {Am vrea să aflăm ce părere aveți despre serviciile noastre.}}',
      p2: 'Chestionarul durează aproximativ două minute. Folosim răspunsurile doar pentru a ne îmbunătăți serviciile.',
      cta: 'Completez chestionarul',
      footer: 'Primiți acest e-mail pentru că ați acceptat să primiți oferte și chestionare de la {bank}.',
      pushTitle:
        '{milestone, select, onboarding_completed {Cum a fost începutul cu noi?} first_90_days {Cum ne descurcăm?} account_closed {Spuneți-ne de ce ați plecat} other {Cum ne descurcăm?}}',
      pushBody: 'Două minute, câteva întrebări: spuneți-ne ce credeți.',
    },
    vi: {
      subject:
        '{milestone, select, onboarding_completed {Quý khách thấy việc mở tài khoản tại {bank} thế nào?} first_90_days {Ba tháng cùng {bank}: chúng tôi phục vụ thế nào?} account_closed {Quý khách có thể cho biết lý do rời {bank}?} other {Chúng tôi phục vụ thế nào?}}',
      preheader:
        'Hai phút, vài câu hỏi: câu trả lời của Quý khách định hướng những việc chúng tôi làm tiếp theo.',
      heading:
        '{milestone, select, onboarding_completed {Khởi đầu của Quý khách thế nào?} first_90_days {Chúng tôi phục vụ thế nào?} account_closed {Chúng tôi có thể làm tốt hơn ở đâu?} other {Chúng tôi phục vụ thế nào?}}',
      p1: '{milestone, select, onboarding_completed {Quý khách đã hoàn tất thiết lập tài khoản. Chúng tôi muốn biết trải nghiệm đó ra sao để giúp những khách hàng sau dễ dàng hơn.} first_90_days {Quý khách đã đồng hành cùng chúng tôi được ba tháng. Chúng tôi muốn nghe điều gì phù hợp và điều gì chưa.} account_closed {Tài khoản của Quý khách đã được đóng. Chúng tôi rất biết ơn nếu Quý khách cho biết lý do rời đi và điều chúng tôi có thể làm tốt hơn.} other {Chúng tôi muốn nghe ý kiến của Quý khách về dịch vụ.}}',
      p2: 'Khảo sát mất khoảng hai phút. Câu trả lời chỉ được dùng để cải thiện dịch vụ.',
      cta: 'Tham gia khảo sát',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin ưu đãi và khảo sát từ {bank}.',
      pushTitle:
        '{milestone, select, onboarding_completed {Khởi đầu cùng chúng tôi thế nào?} first_90_days {Chúng tôi phục vụ thế nào?} account_closed {Cho chúng tôi biết lý do} other {Chúng tôi phục vụ thế nào?}}',
      pushBody: 'Hai phút, vài câu hỏi: hãy cho chúng tôi biết ý kiến của Quý khách.',
    },
    de: {
      subject:
        '{milestone, select, onboarding_completed {Wie war die Kontoeröffnung bei {bank}?} first_90_days {Drei Monate mit {bank}: Wie machen wir uns?} account_closed {Verraten Sie uns, warum Sie {bank} verlassen haben?} other {Wie machen wir uns?}}',
      preheader: 'Zwei Minuten, ein paar Fragen: Ihre Antworten bestimmen, was wir als Nächstes tun.',
      heading:
        '{milestone, select, onboarding_completed {Wie war Ihr Start?} first_90_days {Wie machen wir uns?} account_closed {Was hätten wir besser machen können?} other {Wie machen wir uns?}}',
      p1: '{milestone, select, onboarding_completed {Sie haben Ihr Konto fertig eingerichtet. Wir möchten wissen, wie das für Sie war, damit es für alle nach Ihnen einfacher wird.} first_90_days {Sie sind jetzt seit drei Monaten bei uns. Wir möchten hören, was für Sie funktioniert und was nicht.} account_closed {Ihr Konto ist jetzt geschlossen. Wir wären dankbar zu erfahren, warum Sie gegangen sind und was wir besser hätten machen können.} other {Wir möchten wissen, wie Sie unseren Service finden.}}',
      p2: 'Die Umfrage dauert etwa zwei Minuten. Wir verwenden Ihre Antworten nur, um unseren Service zu verbessern.',
      cta: 'An der Umfrage teilnehmen',
      footer:
        'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, Angebote und Umfragen von {bank} zu erhalten.',
      pushTitle:
        '{milestone, select, onboarding_completed {Wie war Ihr Start bei uns?} first_90_days {Wie machen wir uns?} account_closed {Warum sind Sie gegangen?} other {Wie machen wir uns?}}',
      pushBody: 'Zwei Minuten, ein paar Fragen: Sagen Sie uns Ihre Meinung.',
    },
  },
});

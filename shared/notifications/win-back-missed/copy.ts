// win_back.missed (marketing): the customer has not been active for the configured days (30 by default).
// A short sequence (days 0, 4 and 9 of the lapse by default) that stops the moment the customer is active
// again. Sent only with marketing consent; push first.
// Arguments (render.ts): {step} `first` for the first message, `last` for
// the last one (of two or more), `middle` otherwise.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject:
        "{step, select, first {We've missed you at {bank}} last {A last note from {bank}} other {Your account is just as you left it}}",
      preheader:
        "{step, select, first {Here's what you missed since your last visit.} last {We won't write about this again.} other {A few things worth a look in the app.}}",
      heading:
        "{step, select, first {Here's what you missed} last {We're here when you need us} other {Ready when you are}}",
      p1: "{step, select, first {It's been a while since you last signed in. Meanwhile your statements, payments and alerts have all been kept up to date in the app.} last {This is the last of our messages about your time away.} other {Everything you set up is still in place: your cards, your alerts and your saved payees.}}",
      p2: '{step, select, first {Sign in to see your latest balance and activity, and what is new in the app.} last {Whenever you want to come back, sign in and pick up where you left off.} other {Sign in to check your balance, pay a bill in seconds or set an alert that tells you when something changes.}}',
      cta: 'Sign in',
      footer: "You're receiving this e-mail because you agreed to hear about offers from {bank}.",
      pushTitle:
        "{step, select, first {We've missed you} last {We're here when you need us} other {Ready when you are}}",
      pushBody:
        '{step, select, first {See what you missed since your last visit.} last {Sign in any time and pick up where you left off.} other {Your cards and alerts are all still set up. Take a look.}}',
    },
    id: {
      subject:
        '{step, select, first {Kami merindukan Anda di {bank}} last {Pesan terakhir dari {bank}} other {Rekening Anda tetap seperti saat Anda tinggalkan}}',
      preheader:
        '{step, select, first {Inilah yang Anda lewatkan sejak kunjungan terakhir.} last {Kami tidak akan menulis tentang ini lagi.} other {Beberapa hal yang layak dilihat di aplikasi.}}',
      heading:
        '{step, select, first {Inilah yang Anda lewatkan} last {Kami ada saat Anda membutuhkan} other {Siap kapan pun Anda siap}}',
      p1: '{step, select, first {Sudah cukup lama sejak terakhir kali Anda masuk. Sementara itu, laporan, pembayaran, dan notifikasi Anda tetap diperbarui di aplikasi.} last {Ini adalah pesan terakhir kami tentang ketidakhadiran Anda.} other {Semua yang Anda atur masih ada: kartu, notifikasi, dan daftar penerima Anda.}}',
      p2: '{step, select, first {Masuk untuk melihat saldo dan aktivitas terbaru, serta fitur baru di aplikasi.} last {Kapan pun Anda ingin kembali, masuk saja dan lanjutkan dari tempat Anda berhenti.} other {Masuk untuk memeriksa saldo, membayar tagihan dalam hitungan detik, atau memasang notifikasi saat ada perubahan.}}',
      cta: 'Masuk',
      footer: 'Anda menerima email ini karena Anda bersedia menerima penawaran dari {bank}.',
      pushTitle:
        '{step, select, first {Kami merindukan Anda} last {Kami ada saat Anda membutuhkan} other {Siap kapan pun Anda siap}}',
      pushBody:
        '{step, select, first {Lihat apa yang Anda lewatkan sejak kunjungan terakhir.} last {Masuk kapan saja dan lanjutkan dari tempat Anda berhenti.} other {Kartu dan notifikasi Anda masih aktif. Lihat sekarang.}}',
    },
    ar: {
      subject:
        '{step, select, first {افتقدناك في {bank}} last {رسالة أخيرة من {bank}} other {حسابك كما تركته تمامًا}}',
      preheader:
        '{step, select, first {إليك ما فاتك منذ زيارتك الأخيرة.} last {لن نراسلك بشأن هذا مرة أخرى.} other {أشياء تستحق نظرة في التطبيق.}}',
      heading:
        '{step, select, first {إليك ما فاتك} last {نحن هنا متى احتجت إلينا} other {جاهزون متى كنت جاهزًا}}',
      p1: '{step, select, first {مضى وقت منذ آخر تسجيل دخول لك. وفي هذه الأثناء بقيت كشوف حسابك ومدفوعاتك وتنبيهاتك محدّثة في التطبيق.} last {هذه آخر رسائلنا بشأن غيابك.} other {كل ما أعددته ما زال كما هو: بطاقاتك وتنبيهاتك والمستفيدون المحفوظون.}}',
      p2: '{step, select, first {سجّل الدخول لترى رصيدك ونشاطك الأخير وما الجديد في التطبيق.} last {متى أردت العودة، سجّل الدخول وتابع من حيث توقفت.} other {سجّل الدخول لتتحقق من رصيدك أو تدفع فاتورة في ثوانٍ أو تضبط تنبيهًا يخبرك حين يتغير شيء.}}',
      cta: 'تسجيل الدخول',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي العروض من {bank}.',
      pushTitle:
        '{step, select, first {افتقدناك} last {نحن هنا متى احتجت إلينا} other {جاهزون متى كنت جاهزًا}}',
      pushBody:
        '{step, select, first {اطّلع على ما فاتك منذ زيارتك الأخيرة.} last {سجّل الدخول في أي وقت وتابع من حيث توقفت.} other {بطاقاتك وتنبيهاتك ما زالت مُعدّة. ألقِ نظرة.}}',
    },
    ro: {
      subject:
        '{step, select, first {Ne-a fost dor de dumneavoastră la {bank}} last {Un ultim mesaj de la {bank}} other {Contul este exact cum l-ați lăsat}}',
      preheader:
        '{step, select, first {Iată ce ați pierdut de la ultima vizită.} last {Nu vă vom mai scrie despre asta.} other {Câteva lucruri care merită văzute în aplicație.}}',
      heading:
        '{step, select, first {Iată ce ați pierdut} last {Suntem aici când aveți nevoie} other {Gata când sunteți și dumneavoastră}}',
      p1: '{step, select, first {A trecut ceva timp de când v-ați autentificat ultima dată. Între timp, extrasele, plățile și alertele au fost ținute la zi în aplicație.} last {Acesta este ultimul nostru mesaj despre absența dumneavoastră.} other {Tot ce ați configurat este încă la locul lui: cardurile, alertele și beneficiarii salvați.}}',
      p2: '{step, select, first {Autentificați-vă ca să vedeți soldul și activitatea recentă, precum și noutățile din aplicație.} last {Oricând vreți să reveniți, autentificați-vă și continuați de unde ați rămas.} other {Autentificați-vă ca să verificați soldul, să plătiți o factură în câteva secunde sau să setați o alertă care vă anunță când se schimbă ceva.}}',
      cta: 'Autentificare',
      footer: 'Primiți acest e-mail pentru că ați acceptat să primiți oferte de la {bank}.',
      pushTitle:
        '{step, select, first {Ne-a fost dor de dumneavoastră} last {Suntem aici când aveți nevoie} other {Gata când sunteți și dumneavoastră}}',
      pushBody:
        '{step, select, first {Vedeți ce ați pierdut de la ultima vizită.} last {Autentificați-vă oricând și continuați de unde ați rămas.} other {Cardurile și alertele sunt încă setate. Aruncați o privire.}}',
    },
    vi: {
      subject:
        '{step, select, first {{bank} nhớ Quý khách} last {Lời nhắn cuối cùng từ {bank}} other {Tài khoản vẫn như khi Quý khách rời đi}}',
      preheader:
        '{step, select, first {Những điều Quý khách đã bỏ lỡ từ lần ghé thăm trước.} last {Chúng tôi sẽ không gửi thêm thư về việc này.} other {Một vài điều đáng xem trên ứng dụng.}}',
      heading:
        '{step, select, first {Những điều Quý khách đã bỏ lỡ} last {Chúng tôi luôn ở đây khi Quý khách cần} other {Sẵn sàng khi Quý khách cần}}',
      p1: '{step, select, first {Đã lâu rồi Quý khách chưa đăng nhập. Trong thời gian đó, sao kê, thanh toán và thông báo của Quý khách vẫn luôn được cập nhật trên ứng dụng.} last {Đây là tin nhắn cuối cùng của chúng tôi về thời gian Quý khách vắng mặt.} other {Mọi thứ Quý khách đã thiết lập vẫn còn nguyên: thẻ, thông báo và danh sách người nhận đã lưu.}}',
      p2: '{step, select, first {Đăng nhập để xem số dư, giao dịch gần đây và những điểm mới trên ứng dụng.} last {Bất cứ khi nào muốn quay lại, Quý khách chỉ cần đăng nhập và tiếp tục từ chỗ đã dừng.} other {Đăng nhập để kiểm tra số dư, thanh toán hóa đơn trong vài giây hoặc đặt thông báo khi có thay đổi.}}',
      cta: 'Đăng nhập',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin ưu đãi từ {bank}.',
      pushTitle:
        '{step, select, first {Chúng tôi nhớ Quý khách} last {Luôn ở đây khi Quý khách cần} other {Sẵn sàng khi Quý khách cần}}',
      pushBody:
        '{step, select, first {Xem những điều Quý khách đã bỏ lỡ từ lần ghé thăm trước.} last {Đăng nhập bất cứ lúc nào và tiếp tục từ chỗ đã dừng.} other {Thẻ và thông báo của Quý khách vẫn được thiết lập. Xem ngay.}}',
    },
    de: {
      subject:
        '{step, select, first {Wir haben Sie bei {bank} vermisst} last {Eine letzte Nachricht von {bank}} other {Ihr Konto ist so, wie Sie es verlassen haben}}',
      preheader:
        '{step, select, first {Das haben Sie seit Ihrem letzten Besuch verpasst.} last {Wir schreiben Ihnen dazu nicht noch einmal.} other {Ein paar Dinge, die sich in der App lohnen.}}',
      heading:
        '{step, select, first {Das haben Sie verpasst} last {Wir sind da, wenn Sie uns brauchen} other {Bereit, wenn Sie es sind}}',
      p1: '{step, select, first {Ihre letzte Anmeldung ist eine Weile her. In der Zeit sind Ihre Kontoauszüge, Zahlungen und Benachrichtigungen in der App stets aktuell geblieben.} last {Dies ist unsere letzte Nachricht zu Ihrer Abwesenheit.} other {Alles, was Sie eingerichtet haben, ist noch da: Ihre Karten, Ihre Benachrichtigungen und Ihre gespeicherten Empfänger.}}',
      p2: '{step, select, first {Melden Sie sich an und sehen Sie Ihren aktuellen Kontostand, Ihre letzten Umsätze und was neu in der App ist.} last {Wann immer Sie zurückkommen möchten: Melden Sie sich an und machen Sie dort weiter, wo Sie aufgehört haben.} other {Melden Sie sich an, um Ihren Kontostand zu prüfen, eine Rechnung in Sekunden zu bezahlen oder eine Benachrichtigung für Änderungen einzurichten.}}',
      cta: 'Anmelden',
      footer: 'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, Angebote von {bank} zu erhalten.',
      pushTitle:
        '{step, select, first {Wir haben Sie vermisst} last {Wir sind da, wenn Sie uns brauchen} other {Bereit, wenn Sie es sind}}',
      pushBody:
        '{step, select, first {Sehen Sie, was Sie seit Ihrem letzten Besuch verpasst haben.} last {Melden Sie sich jederzeit an und machen Sie weiter, wo Sie aufgehört haben.} other {Ihre Karten und Benachrichtigungen sind noch eingerichtet. Schauen Sie rein.}}',
    },
  },
});

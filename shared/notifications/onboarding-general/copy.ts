// onboarding.general (marketing): the onboarding lessons for every other customer: the app's basics, then savings goals. Sent after Kyc.Completed on the
// configured days (1 and 4 by default), only with marketing consent; the e-mail has an unsubscribe link.
// Arguments (render.ts): {topic} the lesson: `app_basics` or `savings_goals`.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject:
        '{topic, select, app_basics {Three things to try in your app} other {Save for what matters to you}}',
      preheader:
        '{topic, select, app_basics {Your account, in your pocket.} other {A goal, an amount, and your progress.}}',
      heading: '{topic, select, app_basics {Get the most out of your account} other {Create a savings goal}}',
      p1: '{topic, select, app_basics {Freeze your card in a tap if you misplace it, see every payment the moment it happens, and send money to a friend with just their phone number.} other {Name a goal, a holiday or a new laptop, set the amount and watch your progress as you put money aside.}}',
      p2: '{topic, select, app_basics {Everything is in the app, day and night.} other {You can move money in and out of a goal at any time.}}',
      cta: '{topic, select, app_basics {Open the app} other {Create a savings goal}}',
      footer:
        "You're receiving this e-mail because you agreed to hear from {bank} about its products and services.",
      pushTitle: '{topic, select, app_basics {Three things to try in the app} other {Save for what matters}}',
      pushBody:
        '{topic, select, app_basics {Freeze your card, see payments instantly and send money by phone number.} other {Create a savings goal in the app and watch your progress.}}',
    },
    id: {
      subject:
        '{topic, select, app_basics {Tiga hal untuk dicoba di aplikasi Anda} other {Menabung untuk hal yang penting bagi Anda}}',
      preheader:
        '{topic, select, app_basics {Rekening Anda, di genggaman Anda.} other {Satu tujuan, satu jumlah, dan kemajuan Anda.}}',
      heading:
        '{topic, select, app_basics {Manfaatkan rekening Anda sepenuhnya} other {Buat tujuan tabungan}}',
      p1: '{topic, select, app_basics {Blokir kartu dengan sekali ketuk jika hilang, lihat setiap pembayaran saat terjadi, dan kirim uang ke teman hanya dengan nomor teleponnya.} other {Beri nama tujuan, misalnya liburan atau laptop baru, tentukan jumlahnya, dan pantau kemajuan saat Anda menyisihkan uang.}}',
      p2: '{topic, select, app_basics {Semuanya ada di aplikasi, siang dan malam.} other {Anda bisa memindahkan uang ke dan dari tujuan kapan saja.}}',
      cta: '{topic, select, app_basics {Buka aplikasi} other {Buat tujuan tabungan}}',
      footer:
        'Anda menerima email ini karena Anda bersedia menerima informasi dari {bank} tentang produk dan layanannya.',
      pushTitle:
        '{topic, select, app_basics {Tiga hal untuk dicoba di aplikasi} other {Menabung untuk hal penting}}',
      pushBody:
        '{topic, select, app_basics {Blokir kartu, lihat pembayaran seketika, dan kirim uang dengan nomor telepon.} other {Buat tujuan tabungan di aplikasi dan pantau kemajuan Anda.}}',
    },
    ar: {
      subject: '{topic, select, app_basics {ثلاثة أشياء لتجربتها في تطبيقك} other {ادّخر لما يهمّك}}',
      preheader: '{topic, select, app_basics {حسابك في جيبك.} other {هدف ومبلغ وتقدّمك.}}',
      heading: '{topic, select, app_basics {استفد من حسابك إلى أقصى حد} other {أنشئ هدف ادخار}}',
      p1: '{topic, select, app_basics {جمّد بطاقتك بلمسة إذا أضعتها، وشاهد كل دفعة لحظة حدوثها، وأرسل المال إلى صديق برقم هاتفه فقط.} other {سمِّ هدفًا، عطلة أو حاسوبًا جديدًا، وحدّد المبلغ، وتابع تقدّمك كلما ادّخرت.}}',
      p2: '{topic, select, app_basics {كل شيء في التطبيق، ليلًا ونهارًا.} other {يمكنك تحويل المال إلى الهدف ومنه في أي وقت.}}',
      cta: '{topic, select, app_basics {افتح التطبيق} other {إنشاء هدف ادخار}}',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي معلومات من {bank} عن منتجاته وخدماته.',
      pushTitle: '{topic, select, app_basics {ثلاثة أشياء لتجربتها في التطبيق} other {ادّخر لما يهمّك}}',
      pushBody:
        '{topic, select, app_basics {جمّد بطاقتك، وشاهد دفعاتك فورًا، وأرسل المال برقم الهاتف.} other {أنشئ هدف ادخار في التطبيق وتابع تقدّمك.}}',
    },
    ro: {
      subject:
        '{topic, select, app_basics {Trei lucruri de încercat în aplicație} other {Economisiți pentru ce contează}}',
      preheader:
        '{topic, select, app_basics {Contul dumneavoastră, în buzunar.} other {Un obiectiv, o sumă și progresul dumneavoastră.}}',
      heading:
        '{topic, select, app_basics {Profitați la maximum de cont} other {Creați un obiectiv de economisire}}',
      p1: '{topic, select, app_basics {Blocați cardul dintr-o atingere dacă îl rătăciți, vedeți fiecare plată în momentul în care are loc și trimiteți bani unui prieten doar cu numărul lui de telefon.} other {Dați un nume obiectivului, o vacanță sau un laptop nou, stabiliți suma și urmăriți progresul pe măsură ce puneți bani deoparte.}}',
      p2: '{topic, select, app_basics {Totul este în aplicație, zi și noapte.} other {Puteți muta bani în și din obiectiv oricând.}}',
      cta: '{topic, select, app_basics {Deschide aplicația} other {Creez un obiectiv}}',
      footer:
        'Primiți acest e-mail pentru că ați acceptat să primiți informații de la {bank} despre produsele și serviciile sale.',
      pushTitle:
        '{topic, select, app_basics {Trei lucruri de încercat în aplicație} other {Economisiți pentru ce contează}}',
      pushBody:
        '{topic, select, app_basics {Blocați cardul, vedeți plățile imediat și trimiteți bani cu numărul de telefon.} other {Creați un obiectiv de economisire în aplicație și urmăriți progresul.}}',
    },
    vi: {
      subject:
        '{topic, select, app_basics {Ba điều nên thử trên ứng dụng} other {Tiết kiệm cho điều quan trọng với Quý khách}}',
      preheader:
        '{topic, select, app_basics {Tài khoản của Quý khách, ngay trong túi.} other {Một mục tiêu, một số tiền và tiến độ của Quý khách.}}',
      heading: '{topic, select, app_basics {Tận dụng tối đa tài khoản} other {Tạo mục tiêu tiết kiệm}}',
      p1: '{topic, select, app_basics {Khóa thẻ chỉ với một chạm nếu để lạc thẻ, xem mọi khoản thanh toán ngay khi phát sinh và chuyển tiền cho bạn bè chỉ bằng số điện thoại.} other {Đặt tên mục tiêu, một chuyến du lịch hay máy tính mới, chọn số tiền và theo dõi tiến độ khi Quý khách để dành.}}',
      p2: '{topic, select, app_basics {Mọi thứ đều có trên ứng dụng, cả ngày lẫn đêm.} other {Quý khách có thể chuyển tiền vào hoặc rút khỏi mục tiêu bất cứ lúc nào.}}',
      cta: '{topic, select, app_basics {Mở ứng dụng} other {Tạo mục tiêu tiết kiệm}}',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin từ {bank} về sản phẩm và dịch vụ.',
      pushTitle:
        '{topic, select, app_basics {Ba điều nên thử trên ứng dụng} other {Tiết kiệm cho điều quan trọng}}',
      pushBody:
        '{topic, select, app_basics {Khóa thẻ, xem thanh toán tức thì và chuyển tiền bằng số điện thoại.} other {Tạo mục tiêu tiết kiệm trên ứng dụng và theo dõi tiến độ.}}',
    },
    de: {
      subject:
        '{topic, select, app_basics {Drei Dinge, die Sie in der App ausprobieren sollten} other {Sparen Sie für das, was Ihnen wichtig ist}}',
      preheader:
        '{topic, select, app_basics {Ihr Konto in der Hosentasche.} other {Ein Ziel, ein Betrag und Ihr Fortschritt.}}',
      heading:
        '{topic, select, app_basics {Holen Sie das Beste aus Ihrem Konto} other {Legen Sie ein Sparziel an}}',
      p1: '{topic, select, app_basics {Sperren Sie Ihre Karte mit einem Tippen, wenn Sie sie verlegt haben, sehen Sie jede Zahlung sofort und senden Sie Freunden Geld nur mit ihrer Telefonnummer.} other {Benennen Sie ein Ziel, einen Urlaub oder einen neuen Laptop, legen Sie den Betrag fest und verfolgen Sie Ihren Fortschritt beim Sparen.}}',
      p2: '{topic, select, app_basics {Alles ist in der App, Tag und Nacht.} other {Sie können jederzeit Geld auf das Ziel einzahlen oder davon abheben.}}',
      cta: '{topic, select, app_basics {App öffnen} other {Sparziel anlegen}}',
      footer:
        'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, von {bank} über Produkte und Leistungen informiert zu werden.',
      pushTitle: '{topic, select, app_basics {Drei Dinge für Ihre App} other {Sparen für das, was zählt}}',
      pushBody:
        '{topic, select, app_basics {Karte sperren, Zahlungen sofort sehen und Geld per Telefonnummer senden.} other {Legen Sie in der App ein Sparziel an und verfolgen Sie Ihren Fortschritt.}}',
    },
  },
});

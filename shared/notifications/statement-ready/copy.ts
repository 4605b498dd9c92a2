// statement.ready: a new statement is available. The SMS carries no figures (no period, no account digits,
// no amounts): it only says where to look.
// Arguments (render.ts): {account} last four characters; {period} the
// statement period ("May 2025").
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject: 'Your statement for {period} is ready',
      preheader: 'View or download it securely in online banking.',
      heading: 'Your statement is ready',
      p1: 'The statement for your account{hasAccount, select, yes { ending {account}} other {}} for {period} is now available.',
      p2: 'For your security, we do not attach statements to e-mails. Please sign in to view or download it.',
      cta: 'View your statement',
      footer:
        "You're receiving this e-mail because a new statement is available for your account with {bank}.",
      sms: '{bank}: your new statement is ready. Sign in to the app or online banking to view it.',
      pushTitle: 'Your statement is ready',
      pushBody:
        'Your {period} statement for your account{hasAccount, select, yes { ending {account}} other {}} is ready to view.',
    },
    id: {
      subject: 'E-statement periode {period} sudah tersedia',
      preheader: 'Lihat atau unduh dengan aman melalui internet banking.',
      heading: 'E-statement Anda sudah tersedia',
      p1: 'E-statement rekening Anda{hasAccount, select, yes { yang berakhiran {account}} other {}} untuk periode {period} kini sudah tersedia.',
      p2: 'Demi keamanan, kami tidak melampirkan e-statement di email. Silakan masuk untuk melihat atau mengunduhnya.',
      cta: 'Lihat e-statement',
      footer: 'Anda menerima email ini karena e-statement baru tersedia untuk rekening Anda di {bank}.',
      sms: '{bank}: e-statement terbaru Anda sudah tersedia. Silakan masuk ke aplikasi atau internet banking untuk melihatnya.',
      pushTitle: 'E-statement Anda sudah tersedia',
      pushBody:
        'E-statement periode {period} untuk rekening{hasAccount, select, yes { berakhiran {account}} other {}} siap dilihat.',
    },
    ar: {
      subject: 'كشف حسابك لفترة {period} جاهز',
      preheader: 'يمكنك عرضه أو تنزيله بأمان عبر الخدمات المصرفية الإلكترونية.',
      heading: 'كشف حسابك جاهز',
      p1: 'أصبح كشف حسابك{hasAccount, select, yes { المنتهي بـ {account}} other {}} لفترة {period} متاحًا الآن.',
      p2: 'حفاظًا على أمانك، لا نرفق كشوف الحساب بالبريد الإلكتروني. يرجى تسجيل الدخول لعرضه أو تنزيله.',
      cta: 'عرض كشف الحساب',
      footer: 'تصلك هذه الرسالة لأن كشف حساب جديدًا أصبح متاحًا لحسابك لدى {bank}.',
      sms: '{bank}: كشف حسابك الجديد جاهز. يرجى تسجيل الدخول إلى التطبيق أو الخدمات المصرفية الإلكترونية لعرضه.',
      pushTitle: 'كشف حسابك جاهز',
      pushBody:
        'كشف حساب {period} للحساب{hasAccount, select, yes { المنتهي بـ {account}} other {}} جاهز للعرض.',
    },
    ro: {
      subject: 'Extrasul de cont pentru {period} este disponibil',
      preheader: 'Îl puteți vedea sau descărca în siguranță din internet banking.',
      heading: 'Extrasul de cont este disponibil',
      p1: 'Extrasul contului{hasAccount, select, yes { care se termină în {account}} other {}} pentru {period} este acum disponibil.',
      p2: 'Pentru siguranța dumneavoastră, nu atașăm extrasele la e-mailuri. Autentificați-vă pentru a-l vedea sau descărca.',
      cta: 'Vedeți extrasul',
      footer:
        'Primiți acest e-mail pentru că este disponibil un extras nou pentru contul dumneavoastră la {bank}.',
      sms: '{bank}: extrasul de cont nou este disponibil. Autentificați-vă în aplicație sau în internet banking pentru a-l vedea.',
      pushTitle: 'Extrasul de cont este disponibil',
      pushBody:
        'Extrasul pentru {period} al contului{hasAccount, select, yes { care se termină în {account}} other {}} poate fi consultat.',
    },
    vi: {
      subject: 'Sao kê tài khoản kỳ {period} đã sẵn sàng',
      preheader: 'Xem hoặc tải xuống an toàn qua ngân hàng điện tử.',
      heading: 'Sao kê của Quý khách đã sẵn sàng',
      p1: 'Sao kê tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} kỳ {period} hiện đã có.',
      p2: 'Vì lý do bảo mật, chúng tôi không đính kèm sao kê trong email. Vui lòng đăng nhập để xem hoặc tải xuống.',
      cta: 'Xem sao kê',
      footer: 'Quý khách nhận được email này vì tài khoản của Quý khách tại {bank} có sao kê mới.',
      sms: '{bank}: sao kê mới của Quý khách đã sẵn sàng. Vui lòng đăng nhập ứng dụng hoặc ngân hàng điện tử để xem.',
      pushTitle: 'Sao kê của Quý khách đã sẵn sàng',
      pushBody:
        'Sao kê kỳ {period} của tài khoản{hasAccount, select, yes { có số đuôi {account}} other {}} đã sẵn sàng để xem.',
    },
    de: {
      subject: 'Ihr Kontoauszug für {period} ist da',
      preheader: 'Sie können ihn sicher im Online-Banking ansehen oder herunterladen.',
      heading: 'Ihr Kontoauszug ist da',
      p1: 'Der Kontoauszug für Ihr Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} für {period} steht jetzt bereit.',
      p2: 'Zu Ihrer Sicherheit hängen wir Kontoauszüge nicht an E-Mails an. Bitte melden Sie sich an, um ihn anzusehen oder herunterzuladen.',
      cta: 'Kontoauszug ansehen',
      footer: 'Sie erhalten diese E-Mail, weil für Ihr Konto bei {bank} ein neuer Kontoauszug bereitsteht.',
      sms: '{bank}: Ihr neuer Kontoauszug ist da. Melden Sie sich in der App oder im Online-Banking an, um ihn anzusehen.',
      pushTitle: 'Ihr Kontoauszug ist da',
      pushBody:
        'Ihr Kontoauszug für {period} zum Konto{hasAccount, select, yes { mit den Endziffern {account}} other {}} steht bereit.',
    },
  },
});

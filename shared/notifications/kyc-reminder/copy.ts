// kyc.reminder: the customer signed up but has not completed identity verification. Sent on the configured
// days after Customer.SignedUp (1, 3 and 7 by default), naming exactly the steps still missing; never once
// every step is in or Kyc.Completed arrived.
// Arguments (render.ts): {steps} the missing steps, each named by the `item`
// line and joined as a list in the customer's language ("a selfie and a proof of address"); {last} `yes` on
// the last reminder, else `no`. The `item` line is rendered once per missing step with {itemStep}
// (`selfie`, `id_document`, `proof_of_address`).
//
// WhatsApp: one parameter, {steps}, the missing steps named as the e-mail's `item` line names them, in the
// customer's language (the renderer writes them), so the registered body reads the same in every language.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  whatsapp: {
    template: 'herald_kyc_reminder',
    category: 'UTILITY',
    example: ['a selfie and a proof of address'],
    body: {
      en: 'Your new account is almost ready. To finish opening it we still need {{1}}. It takes a few minutes in the app.',
      id: 'Rekening baru Anda hampir siap. Untuk menyelesaikan pembukaannya, kami masih memerlukan {{1}}. Hanya perlu beberapa menit di aplikasi.',
      ar: 'حسابك الجديد على وشك أن يصبح جاهزًا. لإكمال فتحه ما زلنا بحاجة إلى {{1}}. يستغرق ذلك بضع دقائق في التطبيق.',
      ro: 'Contul dumneavoastră nou este aproape gata. Pentru a finaliza deschiderea lui mai avem nevoie de {{1}}. Durează câteva minute în aplicație.',
      vi: 'Tài khoản mới của Quý khách sắp sẵn sàng. Để hoàn tất mở tài khoản, chúng tôi vẫn cần {{1}}. Chỉ mất vài phút trên ứng dụng.',
      de: 'Ihr neues Konto ist fast fertig. Um die Eröffnung abzuschließen, brauchen wir noch {{1}}. Das dauert in der App nur wenige Minuten.',
    },
  },
  messages: {
    en: {
      subject: 'Finish opening your account: we still need {steps}',
      preheader: 'It takes a few minutes in the app.',
      heading: 'Almost there',
      p1: 'To finish opening your account we still need:',
      item: '{itemStep, select, selfie {a selfie} id_document {a photo of your ID document} other {a proof of address}}',
      p2: "Open the app and follow the steps: it takes a few minutes. {last, select, yes {This is our last reminder; your application stays open if you need more time.} other {We'll let you know as soon as your account is ready.}}",
      cta: 'Continue in the app',
      footer: "You're receiving this e-mail because you started opening an account with {bank}.",
      sms: '{bank}: to open your account we still need {steps}. It takes a few minutes in the app.',
      pushTitle: 'Finish opening your account',
      pushBody: 'We still need {steps}. It takes a few minutes.',
      wa1: '{steps}',
    },
    id: {
      subject: 'Selesaikan pembukaan rekening: kami masih memerlukan {steps}',
      preheader: 'Hanya perlu beberapa menit di aplikasi.',
      heading: 'Sedikit lagi',
      p1: 'Untuk menyelesaikan pembukaan rekening, kami masih memerlukan:',
      item: '{itemStep, select, selfie {swafoto} id_document {foto kartu identitas Anda} other {bukti alamat}}',
      p2: 'Buka aplikasi dan ikuti langkah-langkahnya: hanya perlu beberapa menit. {last, select, yes {Ini adalah pengingat terakhir kami; pengajuan Anda tetap terbuka jika Anda memerlukan waktu lebih lama.} other {Kami akan memberi tahu Anda segera setelah rekening Anda siap.}}',
      cta: 'Lanjutkan di aplikasi',
      footer: 'Anda menerima email ini karena Anda mulai membuka rekening di {bank}.',
      sms: '{bank}: untuk membuka rekening, kami masih memerlukan {steps}. Lengkapi di aplikasi.',
      pushTitle: 'Selesaikan pembukaan rekening',
      pushBody: 'Kami masih memerlukan {steps}. Hanya perlu beberapa menit.',
    },
    ar: {
      subject: 'أكمل فتح حسابك: ما زلنا بحاجة إلى {steps}',
      preheader: 'يستغرق ذلك بضع دقائق في التطبيق.',
      heading: 'اقتربت من النهاية',
      p1: 'لإكمال فتح حسابك ما زلنا بحاجة إلى:',
      item: '{itemStep, select, selfie {صورة سيلفي} id_document {صورة لوثيقة هويتك} other {إثبات عنوان}}',
      p2: 'افتح التطبيق واتبع الخطوات: يستغرق ذلك بضع دقائق. {last, select, yes {هذا تذكيرنا الأخير؛ يبقى طلبك مفتوحًا إذا احتجت إلى مزيد من الوقت.} other {سنبلغك فور جاهزية حسابك.}}',
      cta: 'المتابعة في التطبيق',
      footer: 'تصلك هذه الرسالة لأنك بدأت فتح حساب لدى {bank}.',
      sms: '{bank}: لإكمال فتح حسابك ما زلنا بحاجة إلى {steps}. يستغرق ذلك بضع دقائق في التطبيق.',
      pushTitle: 'أكمل فتح حسابك',
      pushBody: 'ما زلنا بحاجة إلى {steps}. يستغرق ذلك بضع دقائق.',
    },
    ro: {
      subject: 'Finalizați deschiderea contului: mai avem nevoie de {steps}',
      preheader: 'Durează câteva minute în aplicație.',
      heading: 'Aproape gata',
      p1: 'Pentru a finaliza deschiderea contului mai avem nevoie de:',
      item: '{itemStep, select, selfie {un selfie} id_document {o copie a actului de identitate} other {o dovadă a adresei}}',
      p2: 'Deschideți aplicația și urmați pașii: durează câteva minute. {last, select, yes {Acesta este ultimul nostru memento; cererea rămâne deschisă dacă aveți nevoie de mai mult timp.} other {Vă anunțăm imediat ce contul este gata.}}',
      cta: 'Continuați în aplicație',
      footer: 'Primiți acest e-mail pentru că ați început deschiderea unui cont la {bank}.',
      sms: '{bank}: pentru cont mai avem nevoie de {steps}. Completați în aplicație.',
      pushTitle: 'Finalizați deschiderea contului',
      pushBody: 'Mai avem nevoie de {steps}. Durează câteva minute.',
    },
    vi: {
      subject: 'Hoàn tất mở tài khoản: chúng tôi vẫn cần {steps}',
      preheader: 'Chỉ mất vài phút trên ứng dụng.',
      heading: 'Sắp xong rồi',
      p1: 'Để hoàn tất mở tài khoản, chúng tôi vẫn cần:',
      item: '{itemStep, select, selfie {ảnh selfie} id_document {ảnh giấy tờ tùy thân} other {giấy tờ chứng minh địa chỉ}}',
      p2: 'Quý khách vui lòng mở ứng dụng và làm theo hướng dẫn: chỉ mất vài phút. {last, select, yes {Đây là lời nhắc cuối cùng; hồ sơ của Quý khách vẫn được giữ nếu cần thêm thời gian.} other {Chúng tôi sẽ báo ngay khi tài khoản sẵn sàng.}}',
      cta: 'Tiếp tục trên ứng dụng',
      footer: 'Quý khách nhận được email này vì đã bắt đầu mở tài khoản tại {bank}.',
      sms: '{bank}: để mở tài khoản, chúng tôi vẫn cần {steps}. Vui lòng hoàn tất trên ứng dụng.',
      pushTitle: 'Hoàn tất mở tài khoản',
      pushBody: 'Chúng tôi vẫn cần {steps}. Chỉ mất vài phút.',
    },
    de: {
      subject: 'Kontoeröffnung abschließen: Wir brauchen noch {steps}',
      preheader: 'Das dauert in der App nur wenige Minuten.',
      heading: 'Fast geschafft',
      p1: 'Um Ihre Kontoeröffnung abzuschließen, brauchen wir noch:',
      item: '{itemStep, select, selfie {ein Selfie} id_document {ein Foto Ihres Ausweises} other {einen Adressnachweis}}',
      p2: 'Öffnen Sie die App und folgen Sie den Schritten: Das dauert nur wenige Minuten. {last, select, yes {Dies ist unsere letzte Erinnerung; Ihr Antrag bleibt offen, falls Sie mehr Zeit brauchen.} other {Wir melden uns, sobald Ihr Konto bereit ist.}}',
      cta: 'In der App fortfahren',
      footer: 'Sie erhalten diese E-Mail, weil Sie bei {bank} mit der Eröffnung eines Kontos begonnen haben.',
      sms: '{bank}: Für Ihre Kontoeröffnung brauchen wir noch {steps}. Einfach in der App ergänzen.',
      pushTitle: 'Kontoeröffnung abschließen',
      pushBody: 'Wir brauchen noch {steps}. Das dauert nur wenige Minuten.',
    },
  },
});

// onboarding.student (marketing): the onboarding lessons for students: a monthly budget, then round-ups into savings. Sent after Kyc.Completed on the
// configured days (1 and 4 by default), only with marketing consent; the e-mail has an unsubscribe link.
// Arguments (render.ts): {topic} the lesson: `budgeting` or `round_ups`.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject:
        '{topic, select, budgeting {Make your money last the month} other {Save without thinking about it}}',
      preheader:
        '{topic, select, budgeting {A budget that tells you what is left.} other {Your spare change, put aside for you.}}',
      heading: '{topic, select, budgeting {Set a monthly budget} other {Round up your spare change}}',
      p1: '{topic, select, budgeting {Set a budget for food, going out and transport, and the app shows how much is left as you spend.} other {Turn on round-ups and every card payment is rounded up to the next whole amount; the difference goes into your savings.}}',
      p2: '{topic, select, budgeting {A notification warns you before you go over.} other {Small amounts add up: you can move them back whenever you need them.}}',
      cta: '{topic, select, budgeting {Set my budget} other {Turn on round-ups}}',
      footer:
        "You're receiving this e-mail because you agreed to hear from {bank} about its products and services.",
      pushTitle: '{topic, select, budgeting {Make your money last the month} other {Save your spare change}}',
      pushBody:
        '{topic, select, budgeting {Set a monthly budget in the app and see what is left as you spend.} other {Turn on round-ups: every card payment puts its spare change into savings.}}',
    },
    id: {
      subject:
        '{topic, select, budgeting {Buat uang Anda cukup sampai akhir bulan} other {Menabung tanpa perlu memikirkannya}}',
      preheader:
        '{topic, select, budgeting {Anggaran yang menunjukkan sisa uang Anda.} other {Uang kembalian Anda, disisihkan untuk Anda.}}',
      heading: '{topic, select, budgeting {Atur anggaran bulanan} other {Bulatkan uang kembalian Anda}}',
      p1: '{topic, select, budgeting {Atur anggaran untuk makan, hiburan, dan transportasi, dan aplikasi menunjukkan sisanya setiap kali Anda berbelanja.} other {Aktifkan pembulatan dan setiap pembayaran kartu dibulatkan ke atas; selisihnya masuk ke tabungan Anda.}}',
      p2: '{topic, select, budgeting {Notifikasi memperingatkan Anda sebelum melewati anggaran.} other {Jumlah kecil lama-lama menjadi besar: Anda bisa memindahkannya kembali kapan saja.}}',
      cta: '{topic, select, budgeting {Atur anggaran saya} other {Aktifkan pembulatan}}',
      footer:
        'Anda menerima email ini karena Anda bersedia menerima informasi dari {bank} tentang produk dan layanannya.',
      pushTitle: '{topic, select, budgeting {Cukup sampai akhir bulan} other {Tabung uang kembalian Anda}}',
      pushBody:
        '{topic, select, budgeting {Atur anggaran bulanan di aplikasi dan lihat sisanya setiap kali berbelanja.} other {Aktifkan pembulatan: setiap pembayaran kartu menabung uang kembaliannya.}}',
    },
    ar: {
      subject: '{topic, select, budgeting {اجعل مالك يكفيك حتى آخر الشهر} other {ادّخر دون أن تفكّر في ذلك}}',
      preheader: '{topic, select, budgeting {ميزانية تخبرك بما تبقّى.} other {فكّتك تُدَّخر من أجلك.}}',
      heading: '{topic, select, budgeting {حدّد ميزانية شهرية} other {قرّب فكّتك وادّخرها}}',
      p1: '{topic, select, budgeting {حدّد ميزانية للطعام والخروج والمواصلات، ويعرض لك التطبيق ما تبقّى أثناء إنفاقك.} other {فعّل التقريب فتُقرَّب كل دفعة بالبطاقة إلى أقرب مبلغ صحيح، ويذهب الفرق إلى مدخراتك.}}',
      p2: '{topic, select, budgeting {يصلك إشعار ينبهك قبل أن تتجاوز الميزانية.} other {المبالغ الصغيرة تتراكم: يمكنك استعادتها متى احتجت إليها.}}',
      cta: '{topic, select, budgeting {تحديد ميزانيتي} other {تفعيل التقريب}}',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي معلومات من {bank} عن منتجاته وخدماته.',
      pushTitle: '{topic, select, budgeting {اجعل مالك يكفيك حتى آخر الشهر} other {ادّخر فكّتك}}',
      pushBody:
        '{topic, select, budgeting {حدّد ميزانية شهرية في التطبيق وشاهد ما تبقّى أثناء إنفاقك.} other {فعّل التقريب: كل دفعة بالبطاقة تضع فكّتها في مدخراتك.}}',
    },
    ro: {
      subject:
        '{topic, select, budgeting {Faceți ca banii să ajungă până la sfârșitul lunii} other {Economisiți fără să vă gândiți}}',
      preheader:
        '{topic, select, budgeting {Un buget care vă arată cât a mai rămas.} other {Restul de bani, pus deoparte pentru dumneavoastră.}}',
      heading: '{topic, select, budgeting {Setați un buget lunar} other {Rotunjiți și economisiți restul}}',
      p1: '{topic, select, budgeting {Setați un buget pentru mâncare, ieșiri și transport, iar aplicația vă arată cât a mai rămas pe măsură ce cheltuiți.} other {Activați rotunjirea și fiecare plată cu cardul este rotunjită în sus; diferența ajunge în economii.}}',
      p2: '{topic, select, budgeting {O notificare vă avertizează înainte să depășiți bugetul.} other {Sumele mici se adună: le puteți muta înapoi oricând aveți nevoie.}}',
      cta: '{topic, select, budgeting {Setez bugetul} other {Activez rotunjirea}}',
      footer:
        'Primiți acest e-mail pentru că ați acceptat să primiți informații de la {bank} despre produsele și serviciile sale.',
      pushTitle: '{topic, select, budgeting {Banii ajung până la final de lună} other {Economisiți restul}}',
      pushBody:
        '{topic, select, budgeting {Setați un buget lunar în aplicație și vedeți cât a mai rămas pe măsură ce cheltuiți.} other {Activați rotunjirea: fiecare plată cu cardul pune restul în economii.}}',
    },
    vi: {
      subject: '{topic, select, budgeting {Chi tiêu đủ đến cuối tháng} other {Tiết kiệm mà không cần nghĩ}}',
      preheader:
        '{topic, select, budgeting {Ngân sách cho biết Quý khách còn lại bao nhiêu.} other {Tiền lẻ được để dành cho Quý khách.}}',
      heading: '{topic, select, budgeting {Đặt ngân sách hằng tháng} other {Làm tròn và để dành tiền lẻ}}',
      p1: '{topic, select, budgeting {Đặt ngân sách cho ăn uống, giải trí và đi lại, ứng dụng sẽ cho biết số tiền còn lại mỗi khi Quý khách chi tiêu.} other {Bật làm tròn và mỗi khoản thanh toán thẻ được làm tròn lên; phần chênh lệch được chuyển vào tiết kiệm.}}',
      p2: '{topic, select, budgeting {Một thông báo sẽ nhắc trước khi Quý khách vượt ngân sách.} other {Số tiền nhỏ sẽ tích lại: Quý khách có thể rút lại bất cứ lúc nào.}}',
      cta: '{topic, select, budgeting {Đặt ngân sách} other {Bật làm tròn}}',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin từ {bank} về sản phẩm và dịch vụ.',
      pushTitle: '{topic, select, budgeting {Chi tiêu đủ đến cuối tháng} other {Để dành tiền lẻ}}',
      pushBody:
        '{topic, select, budgeting {Đặt ngân sách hằng tháng trên ứng dụng và xem số tiền còn lại khi chi tiêu.} other {Bật làm tròn: mỗi khoản thanh toán thẻ đưa tiền lẻ vào tiết kiệm.}}',
    },
    de: {
      subject:
        '{topic, select, budgeting {Damit Ihr Geld bis zum Monatsende reicht} other {Sparen, ohne daran zu denken}}',
      preheader:
        '{topic, select, budgeting {Ein Budget, das zeigt, was noch übrig ist.} other {Ihr Kleingeld, für Sie beiseitegelegt.}}',
      heading:
        '{topic, select, budgeting {Legen Sie ein Monatsbudget fest} other {Runden Sie Ihr Kleingeld auf}}',
      p1: '{topic, select, budgeting {Legen Sie ein Budget für Essen, Ausgehen und Fahrten fest, und die App zeigt beim Bezahlen, wie viel noch übrig ist.} other {Schalten Sie das Aufrunden ein: Jede Kartenzahlung wird auf den nächsten ganzen Betrag aufgerundet, die Differenz geht auf Ihr Sparkonto.}}',
      p2: '{topic, select, budgeting {Eine Mitteilung warnt Sie, bevor Sie das Budget überschreiten.} other {Kleine Beträge summieren sich: Sie können sie jederzeit zurückbuchen.}}',
      cta: '{topic, select, budgeting {Budget festlegen} other {Aufrunden einschalten}}',
      footer:
        'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, von {bank} über Produkte und Leistungen informiert zu werden.',
      pushTitle:
        '{topic, select, budgeting {Geld, das bis Monatsende reicht} other {Sparen Sie Ihr Kleingeld}}',
      pushBody:
        '{topic, select, budgeting {Legen Sie in der App ein Monatsbudget fest und sehen Sie beim Bezahlen, was übrig ist.} other {Aufrunden einschalten: Jede Kartenzahlung legt ihr Kleingeld auf Ihr Sparkonto.}}',
    },
  },
});

// onboarding.self_employed (marketing): the onboarding lessons for self-employed customers: expense tracking, then invoices. Sent after Kyc.Completed on the
// configured days (1 and 4 by default), only with marketing consent; the e-mail has an unsubscribe link.
// Arguments (render.ts): {topic} the lesson: `expense_tracking` or `invoices`.
import { defineCopy } from '../../../templates/define.ts';

export default defineCopy({
  buttons: ['cta'],
  messages: {
    en: {
      subject:
        '{topic, select, expense_tracking {Track your business expenses in the app} other {Send invoices and see when they are paid}}',
      preheader:
        '{topic, select, expense_tracking {Everything ready for your tax return.} other {Get paid faster, with less admin.}}',
      heading:
        '{topic, select, expense_tracking {Keep business and personal spending apart} other {Get paid faster}}',
      p1: '{topic, select, expense_tracking {Tag any card payment as a business expense and add a photo of the receipt: the app keeps them together, ready for your tax return.} other {Create an invoice in the app in a minute, send it as a link and see the moment your customer pays: the payment is matched to the invoice for you.}}',
      p2: '{topic, select, expense_tracking {Each month you see what your business spent, by category.} other {Unpaid invoices get a friendly reminder, if you want one.}}',
      cta: '{topic, select, expense_tracking {Try expense tracking} other {Create my first invoice}}',
      footer:
        "You're receiving this e-mail because you agreed to hear from {bank} about its products and services.",
      pushTitle: '{topic, select, expense_tracking {Track your business expenses} other {Get paid faster}}',
      pushBody:
        '{topic, select, expense_tracking {Tag payments as business expenses and snap the receipt: all in one place at tax time.} other {Create an invoice in the app and see the moment it is paid.}}',
    },
    id: {
      subject:
        '{topic, select, expense_tracking {Catat pengeluaran usaha Anda di aplikasi} other {Kirim faktur dan lihat kapan dibayar}}',
      preheader:
        '{topic, select, expense_tracking {Semua siap untuk laporan pajak Anda.} other {Dibayar lebih cepat, dengan lebih sedikit administrasi.}}',
      heading:
        '{topic, select, expense_tracking {Pisahkan pengeluaran usaha dan pribadi} other {Dibayar lebih cepat}}',
      p1: '{topic, select, expense_tracking {Tandai pembayaran kartu sebagai pengeluaran usaha dan tambahkan foto struknya: aplikasi menyimpannya bersama, siap untuk laporan pajak Anda.} other {Buat faktur di aplikasi dalam satu menit, kirim sebagai tautan, dan lihat saat pelanggan Anda membayar: pembayaran dicocokkan dengan fakturnya secara otomatis.}}',
      p2: '{topic, select, expense_tracking {Setiap bulan Anda melihat pengeluaran usaha Anda per kategori.} other {Faktur yang belum dibayar mendapat pengingat yang sopan, jika Anda mau.}}',
      cta: '{topic, select, expense_tracking {Coba pencatatan pengeluaran} other {Buat faktur pertama saya}}',
      footer:
        'Anda menerima email ini karena Anda bersedia menerima informasi dari {bank} tentang produk dan layanannya.',
      pushTitle:
        '{topic, select, expense_tracking {Catat pengeluaran usaha Anda} other {Dibayar lebih cepat}}',
      pushBody:
        '{topic, select, expense_tracking {Tandai pembayaran sebagai pengeluaran usaha dan foto struknya: semua siap saat lapor pajak.} other {Buat faktur di aplikasi dan lihat saat faktur dibayar.}}',
    },
    ar: {
      subject:
        '{topic, select, expense_tracking {تتبّع مصروفات عملك في التطبيق} other {أرسل الفواتير واعرف متى تُسدَّد}}',
      preheader:
        '{topic, select, expense_tracking {كل شيء جاهز لإقرارك الضريبي.} other {احصل على مستحقاتك أسرع وبأعمال إدارية أقل.}}',
      heading:
        '{topic, select, expense_tracking {افصل بين مصروفات العمل والمصروفات الشخصية} other {احصل على مستحقاتك أسرع}}',
      p1: '{topic, select, expense_tracking {صنّف أي دفعة بالبطاقة كمصروف عمل وأضف صورة الإيصال: يحفظها التطبيق معًا وتكون جاهزة لإقرارك الضريبي.} other {أنشئ فاتورة في التطبيق خلال دقيقة، وأرسلها كرابط، واعرف لحظة سداد عميلك: نطابق الدفعة مع الفاتورة نيابة عنك.}}',
      p2: '{topic, select, expense_tracking {ترى كل شهر ما أنفقه عملك حسب الفئة.} other {تحصل الفواتير غير المسددة على تذكير لطيف إذا رغبت في ذلك.}}',
      cta: '{topic, select, expense_tracking {جرّب تتبّع المصروفات} other {إنشاء فاتورتي الأولى}}',
      footer: 'تصلك هذه الرسالة لأنك وافقت على تلقي معلومات من {bank} عن منتجاته وخدماته.',
      pushTitle: '{topic, select, expense_tracking {تتبّع مصروفات عملك} other {احصل على مستحقاتك أسرع}}',
      pushBody:
        '{topic, select, expense_tracking {صنّف الدفعات كمصروفات عمل وصوّر الإيصال: كل شيء في مكان واحد وقت الضرائب.} other {أنشئ فاتورة في التطبيق واعرف لحظة سدادها.}}',
    },
    ro: {
      subject:
        '{topic, select, expense_tracking {Urmăriți cheltuielile firmei în aplicație} other {Trimiteți facturi și vedeți când sunt plătite}}',
      preheader:
        '{topic, select, expense_tracking {Totul pregătit pentru declarația fiscală.} other {Încasați mai repede, cu mai puțină birocrație.}}',
      heading:
        '{topic, select, expense_tracking {Separați cheltuielile firmei de cele personale} other {Încasați mai repede}}',
      p1: '{topic, select, expense_tracking {Marcați orice plată cu cardul drept cheltuială a firmei și adăugați o fotografie a bonului: aplicația le păstrează împreună, pregătite pentru declarația fiscală.} other {Creați o factură în aplicație într-un minut, trimiteți-o ca link și vedeți imediat când clientul plătește: plata este asociată automat facturii.}}',
      p2: '{topic, select, expense_tracking {În fiecare lună vedeți cât a cheltuit firma, pe categorii.} other {Facturile neplătite primesc un memento politicos, dacă doriți.}}',
      cta: '{topic, select, expense_tracking {Încercați evidența cheltuielilor} other {Creez prima factură}}',
      footer:
        'Primiți acest e-mail pentru că ați acceptat să primiți informații de la {bank} despre produsele și serviciile sale.',
      pushTitle:
        '{topic, select, expense_tracking {Urmăriți cheltuielile firmei} other {Încasați mai repede}}',
      pushBody:
        '{topic, select, expense_tracking {Marcați plățile drept cheltuieli ale firmei și fotografiați bonul: totul la un loc pentru taxe.} other {Creați o factură în aplicație și vedeți imediat când este plătită.}}',
    },
    vi: {
      subject:
        '{topic, select, expense_tracking {Theo dõi chi phí kinh doanh trên ứng dụng} other {Gửi hóa đơn và biết khi nào được thanh toán}}',
      preheader:
        '{topic, select, expense_tracking {Mọi thứ sẵn sàng cho tờ khai thuế.} other {Nhận tiền nhanh hơn, ít giấy tờ hơn.}}',
      heading:
        '{topic, select, expense_tracking {Tách chi tiêu kinh doanh và cá nhân} other {Nhận tiền nhanh hơn}}',
      p1: '{topic, select, expense_tracking {Đánh dấu bất kỳ khoản thanh toán thẻ nào là chi phí kinh doanh và thêm ảnh hóa đơn: ứng dụng lưu chúng cùng nhau, sẵn sàng cho tờ khai thuế.} other {Tạo hóa đơn trên ứng dụng trong một phút, gửi dưới dạng liên kết và biết ngay khi khách hàng thanh toán: khoản thanh toán được tự động khớp với hóa đơn.}}',
      p2: '{topic, select, expense_tracking {Mỗi tháng Quý khách thấy doanh nghiệp đã chi bao nhiêu, theo từng danh mục.} other {Hóa đơn chưa thanh toán sẽ được nhắc nhẹ nhàng nếu Quý khách muốn.}}',
      cta: '{topic, select, expense_tracking {Dùng thử theo dõi chi phí} other {Tạo hóa đơn đầu tiên}}',
      footer: 'Quý khách nhận được email này vì đã đồng ý nhận thông tin từ {bank} về sản phẩm và dịch vụ.',
      pushTitle:
        '{topic, select, expense_tracking {Theo dõi chi phí kinh doanh} other {Nhận tiền nhanh hơn}}',
      pushBody:
        '{topic, select, expense_tracking {Đánh dấu khoản chi kinh doanh và chụp hóa đơn: mọi thứ ở một nơi khi khai thuế.} other {Tạo hóa đơn trên ứng dụng và biết ngay khi được thanh toán.}}',
    },
    de: {
      subject:
        '{topic, select, expense_tracking {Behalten Sie Ihre Geschäftsausgaben in der App im Blick} other {Rechnungen senden und sehen, wann sie bezahlt sind}}',
      preheader:
        '{topic, select, expense_tracking {Alles bereit für Ihre Steuererklärung.} other {Schneller bezahlt, mit weniger Papierkram.}}',
      heading:
        '{topic, select, expense_tracking {Geschäftliche und private Ausgaben trennen} other {Schneller bezahlt werden}}',
      p1: '{topic, select, expense_tracking {Markieren Sie eine Kartenzahlung als Geschäftsausgabe und fügen Sie ein Foto des Belegs hinzu: Die App hält alles zusammen, bereit für Ihre Steuererklärung.} other {Erstellen Sie in der App in einer Minute eine Rechnung, senden Sie sie als Link und sehen Sie sofort, wenn Ihr Kunde zahlt: Die Zahlung wird der Rechnung automatisch zugeordnet.}}',
      p2: '{topic, select, expense_tracking {Jeden Monat sehen Sie, was Ihr Unternehmen ausgegeben hat, nach Kategorien.} other {Offene Rechnungen erhalten auf Wunsch eine freundliche Erinnerung.}}',
      cta: '{topic, select, expense_tracking {Ausgaben erfassen} other {Erste Rechnung erstellen}}',
      footer:
        'Sie erhalten diese E-Mail, weil Sie zugestimmt haben, von {bank} über Produkte und Leistungen informiert zu werden.',
      pushTitle:
        '{topic, select, expense_tracking {Geschäftsausgaben im Blick} other {Schneller bezahlt werden}}',
      pushBody:
        '{topic, select, expense_tracking {Zahlungen als Geschäftsausgabe markieren und Beleg fotografieren: alles an einem Ort für die Steuer.} other {Erstellen Sie eine Rechnung in der App und sehen Sie sofort, wann sie bezahlt ist.}}',
    },
  },
});

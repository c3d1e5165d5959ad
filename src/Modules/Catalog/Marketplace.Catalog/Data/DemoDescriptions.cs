namespace Marketplace.Catalog.Data;

/// <summary>
/// What each demo product's page says of it, in Vietnamese and English, as a cooperative would write
/// it: where it grows, how it is made, how to use and keep it. Words that name other demo products are
/// left out, so that search finds each product by what it is.
/// </summary>
internal static class DemoDescriptions
{
    public static readonly IReadOnlyDictionary<string, (string Vietnamese, string English)> ByName =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["Cỏ ngọt tươi"] = (
                "Cỏ ngọt trồng theo VietGAP trên đất đồi Cao Bằng, cắt vào sáng sớm khi lá dày và ngọt nhất, bó trong ngày rồi gửi đi. "
                + "Lá tươi ngọt gấp nhiều lần đường mà gần như không có năng lượng: hãm nước uống, nấu chè, ướp đồ ăn. "
                + "Giữ trong ngăn mát, dùng trong một tuần.",
                "Stevia grown to VietGAP on the hills of Cao Bang, cut early in the morning when the leaves are thickest and sweetest, "
                + "bunched the same day and sent. The fresh leaves are many times sweeter than sugar with almost no calories: steep them, "
                + "cook with them, sweeten a marinade. Keep in the fridge and use within a week."),
            ["Cỏ ngọt sấy khô"] = (
                "Lá cỏ ngọt của hợp tác xã, sấy ở nhiệt độ thấp để giữ màu xanh và vị ngọt tự nhiên, đóng túi zip 500 g. "
                + "Một nhúm lá đủ làm ngọt một ấm nước; hợp với người ăn kiêng đường. Để nơi thoáng mát, tránh ánh nắng, dùng trong 12 tháng.",
                "The cooperative's stevia leaves, dried at a low heat to keep their colour and natural sweetness, in a 500 g zip bag. "
                + "A pinch sweetens a whole pot; a friend of anyone cutting sugar. Keep somewhere cool, out of the sun, and use within 12 months."),
            ["Trà cỏ ngọt túi lọc"] = (
                "Lá cỏ ngọt phối cùng cỏ xước và hoa cúc, nghiền vừa độ rồi đóng vào túi giấy lọc không tẩy trắng, 100 túi một hộp. "
                + "Hãm một túi với nước sôi trong ba phút là có chén nước vàng, thơm, ngọt dịu mà không cần thêm đường.",
                "Stevia leaves blended with achyranthes and chrysanthemum, ground just so and packed in unbleached paper bags, 100 to a box. "
                + "Steep one bag in boiling water for three minutes for a golden, fragrant cup, gently sweet with no sugar added."),
            ["Hạt mắc ca sấy nứt vỏ"] = (
                "Mắc ca trồng trên cao nguyên đá Cao Bằng, thu hái khi quả tự rụng, phơi rồi sấy củi nhãn cho vỏ nứt sẵn: "
                + "kèm dụng cụ tách, chỉ cần vặn nhẹ. Nhân béo, giòn, thơm mùi khói nhẹ. Bảo quản kín, nơi khô ráo.",
                "Macadamia grown on the stone plateau of Cao Bang, gathered when the nuts fall, sun-dried then roasted over fruit-wood so the shell "
                + "comes already cracked: an opener is in the bag, a light twist does it. Rich, crunchy, faintly smoky. Keep sealed and dry."),
            ["Nhân mắc ca"] = (
                "Nhân mắc ca tách vỏ bằng tay, chọn loại nguyên và nửa, sấy giòn không muối, không dầu. "
                + "Ăn ngay, rắc lên sữa chua, làm bánh hoặc xay sữa hạt. Túi hút chân không 500 g; sau khi mở nên để ngăn mát.",
                "Macadamia kernels shelled by hand, wholes and halves, roasted crisp with no salt or oil. Eat them as they are, scatter them on yoghurt, "
                + "bake with them or blend them into a drink. A 500 g vacuum bag; once opened, keep it in the fridge."),
            ["Gừng tươi"] = (
                "Gừng củ nhỏ trồng xen trên nương ở Cao Bằng, để đủ mười tháng nên cay nồng, nhiều tinh dầu, xơ ít. "
                + "Dùng nấu ăn, pha nước gừng mật ong, ngâm rượu. Để nơi khô thoáng được vài tuần; muốn lâu hơn thì bọc giấy cho vào ngăn mát.",
                "Small-rooted ginger grown between other crops on the hillsides of Cao Bang and left ten months in the ground, so it is hot, "
                + "rich in oil and not stringy. For cooking, ginger-and-honey drinks or infusing. Keeps a few weeks somewhere dry and airy; longer wrapped "
                + "in paper in the fridge."),
            ["Trà Shan Tuyết cổ thụ"] = (
                "Búp chè hái tay từ những cây Shan Tuyết hàng trăm năm tuổi ở Suối Giàng, độ cao trên 1.000 m, sao suốt trên chảo gang. "
                + "Cánh chè phủ lớp lông tơ trắng như tuyết; nước vàng xanh, vị chát dịu rồi ngọt hậu lâu. Hộp 200 g.",
                "Buds picked by hand from Shan Tuyet trees hundreds of years old at Suoi Giang, over 1,000 m up, and pan-fired in cast iron. "
                + "The leaves wear a white down like snow; the cup is yellow-green, gently astringent with a long sweet finish. A 200 g box."),
            ["Hồng trà Shan Tuyết"] = (
                "Lá Shan Tuyết của những cây trăm năm tuổi được ủ oxy hóa hoàn toàn theo cách làm hồng trà, cho nước màu hổ phách, hương mật ong và quả chín. "
                + "Uống nóng, pha sữa hoặc làm trà đá đều ngon. Hộp 100 g, hái vụ xuân.",
                "Leaves of the old Shan Tuyet trees, fully oxidised as black tea is made, for an amber cup that smells of honey and ripe fruit. "
                + "Good hot, with milk or iced. A 100 g box from the spring picking."),
            ["Nhãn tươi"] = (
                "Nhãn lồng trồng bên bờ sông ở Phú Thọ, quả to, cùi dày, giòn và ngọt đậm, hạt nhỏ. "
                + "Hái buổi sớm, cắt cả chùm để quả tươi lâu, giao trong ngày quanh vùng. Để ngăn mát, ăn trong ba đến năm ngày.",
                "Longan grown along the riverbank in Phu Tho: big fruit with thick, crisp, deeply sweet flesh and a small seed. "
                + "Picked early, cut by the bunch so the fruit keeps fresh, delivered the same day nearby. "
                + "Keep in the fridge and eat within three to five days."),
            ["Long nhãn sấy khô"] = (
                "Cùi nhãn lồng tách tay rồi sấy lạnh nhiều giờ, giữ màu vàng nâu óng và vị ngọt thanh, không đường, không chất bảo quản. "
                + "Dùng nấu chè, hầm gà, pha nước uống. Túi 500 g, để nơi khô mát.",
                "Longan flesh separated by hand and slow-dried for many hours, keeping its golden-brown gloss and clean sweetness, no sugar or preservatives. "
                + "For sweet soups, braising with chicken, or steeping. A 500 g bag; keep cool and dry."),
            ["Trà Thái Nguyên VietGAP"] = (
                "Chè Tân Cương Thái Nguyên từ đồi chè đạt chuẩn VietGAP, một tôm hai lá, sao tay cho cánh xoăn, đều. "
                + "Nước xanh vàng sánh, thơm cốm, chát dịu và ngọt hậu: thứ chè người Thái Nguyên vẫn mời khách.",
                "Tan Cuong tea from VietGAP-certified hills in Thai Nguyen, a bud and two leaves, hand-fired into even, tight curls. "
                + "A thick green-gold cup that smells of young rice, gently astringent with a sweet finish: what Thai Nguyen offers its guests."),
            ["Trà móc câu"] = (
                "Chè búp nhỏ hái vụ xuân, cánh cong như lưỡi câu, sao hai lần để dậy hương. "
                + "Pha với nước 85 độ, tráng ấm trước, hãm hai phút; một lượt chè pha được ba, bốn nước. Hộp 200 g.",
                "Small spring buds whose leaves curl like fish-hooks, fired twice to bring out their scent. "
                + "Brew with water at 85 °C in a warmed pot for two minutes; one measure gives three or four infusions. A 200 g box."),
            ["Gạo nếp Như Cố"] = (
                "Nếp cái hoa vàng trồng trên ruộng bậc thang xã Như Cố, một vụ mỗi năm, xay mới theo đơn. "
                + "Hạt tròn, trắng đục, đồ xôi dẻo thơm, gói bánh chưng hay nấu rượu đều ngon. Túi 1 kg hoặc bao 10 kg.",
                "Yellow-flower glutinous rice from the terraces of Nhu Co, one crop a year, milled fresh for each order. "
                + "Round, opaque white grains that steam soft and fragrant; just as good for Tet cakes or rice wine. 1 kg bags or 10 kg sacks."),
            ["Măng khô"] = (
                "Măng nứa rừng Như Cố luộc chín, phơi nắng rồi sấy, không lưu huỳnh. "
                + "Ngâm nước vo gạo một đêm, luộc lại hai lần trước khi nấu canh, hầm chân giò hay xào. Túi 500 g.",
                "Wild bamboo shoots from Nhu Co, boiled, sun-dried then kiln-dried, with no sulphur. "
                + "Soak overnight, boil twice more, then cook into soups, braise with pork or stir-fry. A 500 g bag."),
            ["Miến dong"] = (
                "Miến làm từ tinh bột củ dong riềng trồng tại địa phương, tráng và phơi theo cách làng nghề, không pha bột khác. "
                + "Sợi dai, trong, không nát khi nấu; trụng qua nước sôi rồi dùng ngay cho món xào, canh hay trộn. Túi 500 g.",
                "Noodles of pure canna starch grown locally, spread and sun-dried the village way, nothing else mixed in. "
                + "Chewy, clear strands that do not break up; blanch in boiling water and use at once in stir-fries, soups or salads. A 500 g bag."),
            ["Bưởi da xanh"] = (
                "Bưởi da xanh trồng trên đất đỏ bazan Đắk Lắk, vỏ mỏng, múi hồng, ráo nước, ngọt thanh không the đắng. "
                + "Quả 1,2 đến 2 kg, cắt cuống, chọn quả đã đủ ngày. Để nơi thoáng được hai tuần.",
                "Green-skinned pomelo from the red basalt soil of Dak Lak: thin peel, pink segments, dry and cleanly sweet with no bitterness. "
                + "Fruit of 1.2 to 2 kg, picked when they are ready. Keeps two weeks somewhere airy."),
            ["Rau sạch giao tận nhà"] = (
                "Hộp rau theo mùa khoảng 3 kg từ vườn của các xã viên: rau ăn lá, củ và quả, trồng không thuốc diệt cỏ, thu hoạch buổi sáng, giao buổi chiều. "
                + "Thứ trong hộp đổi theo vườn mỗi tuần; hộp giao quanh Buôn Ma Thuột.",
                "A box of about 3 kg from the members' gardens: leaves, roots and fruit, grown with no weedkiller, picked in the morning and delivered "
                + "in the afternoon. What is in it changes with the gardens each week; delivered around Buon Ma Thuot."),
        };
}

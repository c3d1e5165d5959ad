namespace Marketplace.Catalog.Data;

/// <summary>
/// The demo products' descriptions, in Vietnamese and English, as a cooperative would write them
/// for its shoppers (and as a link shared on Zalo or Facebook shows them): what it is, where and
/// how it is grown or made, how to use or keep it.
/// </summary>
internal static class DemoDescriptions
{
    private static readonly Dictionary<string, (string Vietnamese, string English)> ByName = new(StringComparer.Ordinal)
    {
        ["Cỏ ngọt tươi"] = (
            "Cỏ ngọt cắt buổi sớm trên ruộng của hợp tác xã, bó ngay tại ruộng và giao trong ngày. Lá dày, vị ngọt thanh gấp nhiều lần đường mía; "
                + "hãm nước uống, nấu chè hay phơi khô để dùng dần. Bảo quản ngăn mát, dùng trong một tuần.",
            "Stevia cut early in the morning on the cooperative's fields, bundled on the spot and delivered the same day. Thick leaves, many "
                + "times sweeter than cane sugar; steep it, cook it into desserts or dry it to keep. Keep refrigerated and use within a week."),
        ["Cỏ ngọt sấy khô"] = (
            "Lá cỏ ngọt sấy lạnh ở nhiệt độ thấp để giữ màu xanh và vị ngọt tự nhiên, không đường, không chất bảo quản. Một nhúm nhỏ đủ ngọt "
                + "một ấm trà; hợp với người ăn kiêng đường. Túi zip đóng kín, để nơi khô ráo.",
            "Stevia leaves dried at low temperature to keep their green colour and natural sweetness, with no sugar and no preservatives. "
                + "A small pinch sweetens a whole pot of tea; a good choice for those avoiding sugar. Resealable bag, keep dry."),
        ["Trà cỏ ngọt túi lọc"] = (
            "Trà thảo mộc từ lá cỏ ngọt phối với cúc hoa và cam thảo, đóng túi lọc tiện pha. Nước vàng nhạt, thơm nhẹ, ngọt hậu mà không cần "
                + "thêm đường. Hộp 50 túi, mỗi túi pha 200 ml nước sôi trong ba phút.",
            "A herbal blend of stevia leaves with chrysanthemum and liquorice in handy tea bags. A pale golden cup, lightly fragrant, with a "
                + "sweet finish and no added sugar. Box of 50 bags; steep each in 200 ml of boiling water for three minutes."),
        ["Hạt mắc ca sấy nứt vỏ"] = (
            "Mắc ca trồng trên đất đỏ bazan Tây Nguyên, thu hạt rụng chín tự nhiên, sấy củi nhãn và tách nứt vỏ sẵn. Nhân béo, giòn, thơm "
                + "sữa; kèm dụng cụ tách vỏ trong mỗi túi. Để nơi thoáng mát, dùng ngon nhất trong ba tháng.",
            "Macadamia grown on the red basalt soil of the Central Highlands, gathered when the ripe nuts fall, roasted over longan wood and "
                + "cracked ready to open. Rich, crunchy, milky kernels; an opener comes in every bag. Keep cool and airy; best within three months."),
        ["Nhân mắc ca"] = (
            "Nhân mắc ca tách vỏ bằng tay, chọn hạt nguyên, sấy khô giữ vị béo ngậy. Ăn liền, rắc lên sữa chua, làm bánh hay xay sữa hạt. "
                + "Đóng túi hút chân không để giữ độ giòn.",
            "Hand-shelled macadamia kernels, whole nuts only, dried to keep their buttery taste. Eat them as they are, on yoghurt, in baking "
                + "or blended into nut milk. Vacuum-packed to stay crunchy."),
        ["Gừng tươi"] = (
            "Gừng trâu trồng xen dưới tán mắc ca, củ chắc, nhiều tinh dầu, cay ấm. Dùng nấu ăn, pha trà gừng mật ong hay ngâm chân ngày lạnh. "
                + "Để nơi khô thoáng, không cần bảo quản lạnh.",
            "Ginger grown beneath the macadamia trees: firm roots, rich in oil, warm and pungent. For cooking, ginger and honey tea, or a "
                + "warm foot bath on cold days. Keep somewhere dry and airy; no need to refrigerate."),
        ["Trà Shan Tuyết cổ thụ"] = (
            "Búp trà hái tay từ những cây chè Shan Tuyết hàng trăm năm tuổi trên núi Suối Giàng, sao thủ công trên chảo gang. Nước vàng "
                + "sánh, vị chát dịu, hậu ngọt sâu; hương khói nhẹ đặc trưng vùng cao. Pha 90 °C, hãm hai phút, uống được nhiều nước.",
            "Buds picked by hand from Shan Tuyet tea trees centuries old on Suoi Giang mountain, pan-fired by hand in cast iron. A thick "
                + "golden cup, gently astringent with a deep sweet finish and a light smoky note of the highlands. Brew at 90 °C for two "
                + "minutes; it gives many infusions."),
        ["Hồng trà Shan Tuyết"] = (
            "Hồng trà lên men hoàn toàn từ búp Shan Tuyết cổ thụ, vò tay và phơi héo dưới nắng sớm. Nước đỏ hổ phách, thơm mật ong và trái "
                + "cây chín; uống nóng hay pha trà sữa đều ngon.",
            "A fully oxidised black tea from ancient Shan Tuyet buds, rolled by hand and withered in the morning sun. An amber-red cup with "
                + "notes of honey and ripe fruit; good hot or with milk."),
        ["Nhãn tươi"] = (
            "Nhãn lồng Hưng Yên chín cây, cùi dày, giòn, ngọt sắc, hạt nhỏ. Hái buổi sáng, đóng thùng có lỗ thoáng và giao ngay để giữ độ "
                + "tươi. Bảo quản ngăn mát, ngon nhất trong ba ngày.",
            "Hung Yen 'long' longan ripened on the tree: thick, crisp, intensely sweet flesh and small seeds. Picked in the morning, packed "
                + "in ventilated boxes and sent at once to stay fresh. Keep refrigerated; best within three days."),
        ["Long nhãn sấy khô"] = (
            "Cùi nhãn lồng tách hạt, sấy than hoa theo cách làm truyền thống, dẻo và ngọt đậm. Nấu chè long nhãn hạt sen, hầm gà hay ăn "
                + "vặt; hộp kín, để nơi khô ráo.",
            "Longan flesh taken off the seed and dried over charcoal the traditional way: chewy and deeply sweet. For longan and lotus seed "
                + "soup, braised chicken or a snack; airtight box, keep dry."),
        ["Trà Thái Nguyên VietGAP"] = (
            "Trà xanh Tân Cương, Thái Nguyên, canh tác theo tiêu chuẩn VietGAP, hái một tôm hai lá. Cánh trà nhỏ, xoăn, nước xanh vàng, "
                + "vị chát ngọt hài hoà và hương cốm non. Pha 80-85 °C để trà không bị đắng.",
            "Tan Cuong green tea from Thai Nguyen, grown to the VietGAP standard, one bud and two leaves. Small curled leaves, a yellow-green "
                + "cup, balanced astringency and sweetness with a scent of young rice. Brew at 80-85 °C so it never turns bitter."),
        ["Trà móc câu"] = (
            "Trà móc câu chọn búp non nhất, sao sấy kỹ nên cánh cong như lưỡi câu, phủ lớp tuyết trắng. Nước trong, thơm lâu, hậu ngọt "
                + "kéo dài; món quà biếu quen thuộc của đất trà.",
            "Hook-shaped green tea from the youngest buds, carefully pan-fired until the leaves curl like fishing hooks under a white down. "
                + "A clear, long-lasting fragrant cup with a lingering sweet finish; the tea region's classic gift."),
        ["Gạo nếp Như Cố"] = (
            "Nếp Như Cố trồng trên ruộng bậc thang Bắc Kạn, hạt tròn, trắng đục, đồ xôi dẻo thơm mà không nát. Dùng gói bánh chưng, làm "
                + "xôi, nấu rượu nếp; xay xát mới theo từng đợt giao.",
            "Nhu Co sticky rice grown on the terraces of Bac Kan: round, opaque grains that steam soft and fragrant without turning mushy. "
                + "For banh chung, xoi and rice wine; milled fresh for every delivery."),
        ["Măng khô"] = (
            "Măng nứa rừng luộc chín, phơi nắng và gác bếp theo cách của đồng bào vùng cao, không tẩm lưu huỳnh. Ngâm nước vo gạo một đêm "
                + "trước khi nấu canh, hầm xương hay xào.",
            "Wild bamboo shoots boiled, sun-dried and smoked over the kitchen fire as highland families do, with no sulphur. Soak overnight "
                + "in rice water before cooking in soups, stews or stir-fries."),
        ["Miến dong"] = (
            "Miến làm từ tinh bột củ dong riềng của hợp tác xã, phơi nắng tự nhiên, không phẩm màu, không hàn the. Sợi dai, trong, nấu "
                + "không nát; hợp với miến gà, miến lươn và món xào.",
            "Noodles made from the cooperative's own arrowroot starch, sun-dried, with no colouring and no borax. Chewy, clear strands that "
                + "hold together in chicken or eel noodle soup and in stir-fries."),
        ["Bưởi da xanh"] = (
            "Bưởi da xanh Bến Tre vỏ mỏng, múi hồng, ráo nước, vị ngọt thanh không the đắng. Trái chọn từ 1,2 kg trở lên, giao kèm hướng "
                + "dẫn bảo quản; để nơi thoáng mát được hai tuần.",
            "Ben Tre green-skin pomelo: thin peel, pink, juicy-but-dry segments, a clean sweet taste with no bitterness. Fruit of 1.2 kg and "
                + "up, sent with keeping instructions; it keeps two weeks somewhere cool and airy."),
        ["Rau sạch giao tận nhà"] = (
            "Thùng rau theo mùa từ vườn của các hộ xã viên: rau ăn lá, củ và gia vị, hái trong ngày, không thuốc trừ cỏ. Mỗi thùng đủ cho "
                + "gia đình bốn người trong ba đến bốn bữa.",
            "A seasonal box from the members' gardens: leafy greens, roots and herbs picked the same day, grown without herbicides. Each box "
                + "feeds a family of four for three or four meals."),
    };

    /// <summary>The product's descriptions; a demo product not written here yet gets a plain sentence naming it and its cooperative.</summary>
    public static (string Vietnamese, string? English) Of(string name, string english, string cooperative) =>
        ByName.TryGetValue(name, out var text) ? text : ($"{name} của {cooperative}.", $"{english} from {cooperative}.");
}

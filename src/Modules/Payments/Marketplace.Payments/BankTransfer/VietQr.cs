using System.Globalization;
using System.Text;
using QRCoder;

namespace Marketplace.Payments.BankTransfer;

/// <summary>
/// The payload of a NAPAS VietQR code: EMVCo's merchant-presented QR format, each field
/// "ID (2 digits) + length (2 digits) + value". Tag 38 carries NAPAS's id (A000000727), the
/// bank's BIN and the account, and the service "transfer to account" (QRIBFTTA); 53 the
/// currency (704, đồng), 54 the amount, 58 the country, 62-08 the transfer's description (our
/// reference), and 63 a CRC-16/CCITT-FALSE of everything before it, "6304" included.
/// </summary>
internal static class VietQr
{
    private const string NapasGuid = "A000000727";
    private const string TransferToAccount = "QRIBFTTA";

    public static string Payload(string bankBin, string accountNumber, long amountVnd, string reference)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountVnd);
        var beneficiary = Field("00", bankBin) + Field("01", accountNumber);
        var merchant = Field("00", NapasGuid) + Field("01", beneficiary) + Field("02", TransferToAccount);
        var body = new StringBuilder()
            .Append(Field("00", "01"))
            .Append(Field("01", "12")) // dynamic: one amount, one order
            .Append(Field("38", merchant))
            .Append(Field("53", "704"))
            .Append(Field("54", amountVnd.ToString(CultureInfo.InvariantCulture)))
            .Append(Field("58", "VN"))
            .Append(Field("62", Field("08", reference)))
            .Append("6304")
            .ToString();
        return body + Crc16Ccitt(Encoding.UTF8.GetBytes(body)).ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The code as a PNG. Error correction M: what banking apps expect of VietQR, and still small
    /// enough to scan from a phone screen.
    /// </summary>
    public static byte[] Png(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(8);
    }

    /// <summary>CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR.</summary>
    public static ushort Crc16Ccitt(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= (ushort)(b << 8);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
            }
        }

        return crc;
    }

    private static string Field(string id, string value)
    {
        if (value.Length is 0 or > 99)
        {
            throw new ArgumentException($"An EMVCo field holds 1 to 99 characters; {id} has {value.Length}.", nameof(value));
        }

        return id + value.Length.ToString("00", CultureInfo.InvariantCulture) + value;
    }
}

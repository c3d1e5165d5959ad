namespace Marketplace.Ordering.Features.Invoices;

/// <summary>Configuration section "Invoices".</summary>
internal sealed class InvoiceOptions
{
    public const string Section = "Invoices";

    /// <summary>The VAT rate included in the prices: 5 % for the fresh and preliminarily processed farm produce the alliance sells.</summary>
    public int VatPercent { get; set; } = 5;
}

using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.SubmitCertificate;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

internal static class CertificateViews
{
    public static CertificateView From(Certificate c, string cooperativeName, DateOnly today) => new(
        c.Id, c.CooperativeId, cooperativeName, c.Kind, c.OcopStars, c.Number, c.Issuer, c.IssuedOn, c.ExpiresOn,
        c.Status, c.IsExpired(today), c.RejectionReason, c.FileName, c.SubmittedAt, c.ProductId, c.ProductName);

    /// <summary>Certificates with their cooperatives' names, newest first.</summary>
    public static async Task<IReadOnlyList<CertificateView>> ListAsync(
        this VendorsDbContext db, IQueryable<Certificate> certificates, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await certificates.AsNoTracking()
            .Join(db.Cooperatives, c => c.CooperativeId, o => o.Id, (c, o) => new { Certificate = c, o.Name })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Certificate.SubmittedAt).Select(r => From(r.Certificate, r.Name, today)).ToList();
    }
}

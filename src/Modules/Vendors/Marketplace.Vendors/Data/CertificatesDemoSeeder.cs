using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Features.DecideCertificate;
using Marketplace.Vendors.Features.SubmitCertificate;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

/// <summary>
/// The demo cooperatives' certificates, submitted and verified through the commands a cooperative
/// and an admin send. After the catalog's demo (its order), since an OCOP rating names its product.
/// </summary>
internal sealed class CertificatesDemoSeeder(VendorsDbContext db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 25;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Certificates.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today();
        foreach (var demo in DemoCertificates.All)
        {
            var cooperative = DemoCooperatives.Approved.Single(c => c.Application.LegalName == demo.Cooperative);
            var product = demo.Product is null
                ? null
                : (await sender.Send(new ListProductNamesQuery(cooperative.Id), cancellationToken)).FirstOrDefault(p => p.Name == demo.Product)?.ProductId;
            var issued = today.AddDays(demo.IssuedDaysAgo);
            var submitted = await sender.Send(
                new SubmitCertificateCommand(
                    cooperative.Id, DemoPeople.IdOf(cooperative.OwnerEmail), demo.Kind, demo.OcopStars, demo.Number, demo.Issuer, issued,
                    issued.AddDays(demo.ValidDays),
                    new UploadedFile($"{demo.Number}.pdf", DemoCertificates.PlaceholderScan(demo.Number)),
                    product),
                cancellationToken);
            VendorsDemoSeeder.Ensure(submitted.IsSuccess, demo.Number, submitted.Error);
            if (demo.Verified)
            {
                var verified = await sender.Send(
                    new DecideCertificateCommand(submitted.Value.CertificateId, CertificateDecision.Verify, null, UserId.None, VendorsDemoSeeder.Actor),
                    cancellationToken);
                VendorsDemoSeeder.Ensure(verified.IsSuccess, demo.Number, verified.Error);
            }
        }
    }
}
